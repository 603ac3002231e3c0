import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config/config.schema.js';
import { openDatabase } from '../database/data-source.factory.js';
import { recordAudit } from '../common/audit/audit-log.js';
import { AccountsService, passwordProblem } from '../modules/accounts/index.js';

// `npm run admin:create -- <email>`: creates the first (or another) ADMIN account. The password
// comes from ADMIN_PASSWORD or is asked for on the terminal; there is never a default password.
async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email) throw new Error('Gebruik: npm run admin:create -- <email>');
  const config = loadConfig();
  const password = process.env.ADMIN_PASSWORD || (await ask(`Wachtwoord voor ${email}: `));
  const problem = passwordProblem(password, { email });
  if (problem) throw new Error(`Wachtwoord (password): ${problem}`);
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const accounts = new AccountsService(db.dataSource, config);
    await db.dataSource.transaction(async (tx) => {
      const row = await accounts.insertAccount(tx, { email, role: 'ADMIN', password });
      await recordAudit(tx, null, 'ACCOUNT', row.id, 'CREATE_ADMIN_CLI', { email: row.email });
    });
    console.log(`Beheerder ${email} aangemaakt.`);
  } finally {
    await db.close();
  }
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Zet ADMIN_PASSWORD of start vanaf een terminal');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
