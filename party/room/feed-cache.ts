// The last items of a room's feed, for the room-state each joiner gets: read from the database
// once per wake-up, then kept current by every item the room publishes.

import { feedItem } from "../../core/domain/feed";
import type { FeedItem } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import type { AccountTables } from "../../db/repositories/account-records";

export class FeedCache {
  private items: FeedItem[] | null = null;
  private appendedWhileLoading: FeedItem[] = [];

  constructor(private readonly size: number) {}

  async get(db: Database, tables: AccountTables, accountId: string): Promise<FeedItem[]> {
    if (this.items) return this.items;
    const stored = (await tables.recentActivity(db, accountId, this.size)).map(feedItem);
    const fresh = this.appendedWhileLoading.filter((item) => !stored.some((s) => s.id === item.id));
    this.appendedWhileLoading = [];
    this.items = [...fresh.reverse(), ...stored].slice(0, this.size);
    return this.items;
  }

  append(item: FeedItem): void {
    if (this.items) this.items = [item, ...this.items.filter((i) => i.id !== item.id)].slice(0, this.size);
    else this.appendedWhileLoading.push(item);
  }
}
