// A campaign's own page: the essentials a rep needs mid-call (dates, audience, goal, its incentives
// and codes with their limiters, how its members stand), within the caller's org.
import { Hono } from "hono";
import { campaignStatus } from "../../core/domain/campaigns";
import { describeLimiter, type Limiter } from "../../core/domain/promo-limits";
import { AppError } from "../../core/protocol/errors";
import type { CampaignPage } from "../../core/protocol/loyalty-answers";
import { CampaignParamSchema } from "../../core/protocol/loyalty-commands";
import { campaignPage } from "../../db/repositories/loyalty";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

const limitersOf = (text: string): string[] => {
  try {
    return (JSON.parse(text) as Limiter[]).map(describeLimiter);
  } catch {
    return [];
  }
};

export const campaignRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/:id", validate("param", CampaignParamSchema), async (c) => {
    const page = await campaignPage(c.var.db, c.var.actor.orgId, c.req.valid("param").id);
    if (!page) throw new AppError("NOT_FOUND", "No such campaign");
    const { campaign } = page;
    const count = (status: string) => page.members.find((m) => m.status === status)?.n ?? 0;
    return c.json<CampaignPage>({
      id: campaign.id,
      name: campaign.name,
      channel: campaign.channel,
      status: campaignStatus(campaign.startsAt, campaign.endsAt, Date.now()),
      startsAt: campaign.startsAt,
      endsAt: campaign.endsAt,
      audience: campaign.audience,
      goal: campaign.goal,
      summary: campaign.summary,
      ownerName: campaign.ownerName,
      incentives: page.incentives.map((i) => ({ id: i.id, name: i.name, value: i.value, requirement: i.requirement })),
      codes: page.codes.map((p) => ({
        code: p.code,
        description: p.description,
        limiters: limitersOf(p.limiters),
        startsAt: p.startsAt,
        endsAt: p.endsAt,
      })),
      members: { targeted: count("targeted"), engaged: count("engaged"), converted: count("converted"), opted_out: count("opted_out") },
    });
  });
