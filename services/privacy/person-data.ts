import { z } from 'zod';

/** What the office knows about a person: never stored in clear, only sealed with the person's key. */
export const PersonDataSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  address: z.string().trim().max(500).optional(),
});
export type PersonData = z.infer<typeof PersonDataSchema>;
