const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A Discord snowflake for now (ids sort by time, as the client expects). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}
