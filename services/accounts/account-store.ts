import type Database from 'better-sqlite3';
import type { Role } from '../../schema/envelope.js';
import type { Language } from './account-inputs.js';

export interface Account {
  userId: string;
  name: string;
  role: Role;
  language: Language;
  passwordHash: string;
  disabled: boolean;
  /** Epoch milliseconds. */
  createdAt: number;
  lastSignInAt: number | null;
}

/** The accounts table; user ids are found whatever their letter case (ASCII), as people type them. */
export interface AccountStore {
  get(userId: string): Account | null;
  list(): Account[];
  count(): number;
  /** False when the user id is taken. */
  insert(account: Account): boolean;
  update(
    userId: string,
    changes: Partial<Pick<Account, 'name' | 'role' | 'language' | 'passwordHash' | 'disabled' | 'lastSignInAt'>>,
  ): void;
}

interface Row {
  user_id: string;
  name: string;
  role: Role;
  language: Language;
  password_hash: string;
  disabled: number;
  created_at: number;
  last_sign_in_at: number | null;
}

const columns = {
  name: 'name',
  role: 'role',
  language: 'language',
  passwordHash: 'password_hash',
  disabled: 'disabled',
  lastSignInAt: 'last_sign_in_at',
} as const;

export function createAccountStore(db: Database.Database): AccountStore {
  const selectOne = db.prepare<[string], Row>('SELECT * FROM accounts WHERE user_id = ?');
  const selectAll = db.prepare<[], Row>('SELECT * FROM accounts ORDER BY user_id');
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM accounts');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO accounts (user_id, name, role, language, password_hash, disabled, created_at, last_sign_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const updates = new Map<string, Database.Statement>();

  return {
    get: (userId) => {
      const row = selectOne.get(userId);
      return row ? toAccount(row) : null;
    },
    list: () => selectAll.all().map(toAccount),
    count: () => countAll.get()!.n,
    insert: (a) =>
      insert.run(a.userId, a.name, a.role, a.language, a.passwordHash, a.disabled ? 1 : 0, a.createdAt, a.lastSignInAt).changes === 1,
    update(userId, changes) {
      const keys = (Object.keys(changes) as (keyof typeof columns)[]).filter((k) => changes[k] !== undefined);
      if (keys.length === 0) return;
      const sql = `UPDATE accounts SET ${keys.map((k) => `${columns[k]} = ?`).join(', ')} WHERE user_id = ?`;
      let statement = updates.get(sql);
      if (!statement) updates.set(sql, (statement = db.prepare(sql)));
      statement.run(...keys.map((k) => (k === 'disabled' ? (changes.disabled ? 1 : 0) : changes[k])), userId);
    },
  };
}

function toAccount(row: Row): Account {
  return {
    userId: row.user_id,
    name: row.name,
    role: row.role,
    language: row.language,
    passwordHash: row.password_hash,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}
