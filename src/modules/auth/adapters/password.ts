// Password hashing with argon2id (OWASP's first choice). Parameters are argon2's defaults
// (64 MiB, 3 passes, 4 lanes): a deliberate cost on the modest PCs this may run on. Test runs set
// THUCTHI_PASSWORD_COST=test for a cheap hash (each test seeds a dozen accounts); a production
// server refuses to start with it (src/server/config.ts).
import argon2 from "argon2";

export const TEST_PASSWORD_COST = "test";

/** True when this process hashes passwords at the cheap cost of test runs. */
export const cheapPasswordCost = (env: Record<string, string | undefined> = process.env): boolean =>
  env.THUCTHI_PASSWORD_COST === TEST_PASSWORD_COST;

const costOptions = () =>
  cheapPasswordCost()
    ? { memoryCost: 1024, timeCost: 1, parallelism: 1 }
    : { memoryCost: 65536, timeCost: 3, parallelism: 4 };

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id, ...costOptions() });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the user does not exist, so timing does not reveal which names exist. */
let decoy: Promise<string> | null = null;
export async function burnDecoyVerify(password: string): Promise<void> {
  decoy ??= hashPassword("decoy-password-never-used-1");
  await verifyPassword(await decoy, password);
}
