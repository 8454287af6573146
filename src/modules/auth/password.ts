// Password hashing with argon2id (OWASP's first choice). Parameters are argon2's defaults
// (64 MiB, 3 passes, 4 lanes): a deliberate cost on the modest PCs this may run on.
import argon2 from "argon2";

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id });

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
