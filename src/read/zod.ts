import { z } from 'zod';

// Every schema module takes `z` from here, so this runs before any schema is built. zod compiles a parser with
// `new Function` per object schema the first time it parses; a run validates a few dozen rows and a catalogue,
// where compiling costs more (~15 ms of start-up) than it saves. Large files take the plainly-valid fast path
// (plainInvoiceRow in src/read/invoices.ts) and come to zod only for rows that need its message.
z.config({ jitless: true });

export { z };
