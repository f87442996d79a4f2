import { fakeIo } from './fake-io.js';

/**
 * A fakeIo on a terminal whose user types `answers`, one per question asked (undefined once they run out, as
 * Ctrl-D gives); `questions` records what was asked, in order.
 */
export function fakeTty(answers: readonly string[], overrides: Parameters<typeof fakeIo>[0] = {}) {
  const questions: string[] = [];
  let next = 0;
  const io = fakeIo({
    stdoutIsTty: true,
    askLine: async (question) => {
      questions.push(question);
      return answers[next++];
    },
    ...overrides,
  });
  return Object.assign(io, { questions });
}
