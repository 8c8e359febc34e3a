// A one-line progress bar on stderr (rows done of all, rate, rejected so far), redrawn in place on a
// terminal and printed every few seconds when the output is a file or a pipe.

export class Progress {
  private readonly started = performance.now();
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly tty = process.stderr.isTTY === true,
  ) {}

  update(done: number, rejected: number, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < (this.tty ? 100 : 3_000)) return;
    this.last = now;
    const share = this.total === 0 ? 1 : done / this.total;
    const width = 30;
    const bar = "#".repeat(Math.round(share * width)).padEnd(width, "-");
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    const line = `[${bar}] ${done.toLocaleString()}/${this.total.toLocaleString()} rows · ${rate.toFixed(0)}/s · ${rejected} rejected`;
    process.stderr.write(this.tty ? `\r${line}` : `${line}\n`);
  }

  finish(done: number, rejected: number): void {
    this.update(done, rejected, true);
    if (this.tty) process.stderr.write("\n");
  }
}
