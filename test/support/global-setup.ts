// Runs once per test run. Keeps the clock honest (UTC) for every worker.
export default function setup(): void {
  process.env.TZ = "UTC";
}
