import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; `npm run db:generate`
// also embeds them into src-main/db/migrations/index.ts for the bundled app.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/db/schema/index.ts',
  out: './src-main/db/migrations',
});
