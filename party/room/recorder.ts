// Database work that follows a room's decisions, run in order behind them: the next decision
// does not wait for it, and anything that reads the database back (a write's fence) waits for all.
export class Recorder {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly keepAlive: (work: Promise<void>) => void,
    private readonly label: string,
  ) {}

  run(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((error: unknown) => {
      console.error(JSON.stringify({ level: "error", msg: "room record failed", room: this.label, error: String(error) }));
    });
    this.keepAlive(this.chain);
  }

  settled(): Promise<void> {
    return this.chain;
  }
}
