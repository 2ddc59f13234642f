import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.js';

/**
 * Holds each answer until the personal-data reads it recorded are on disk (the access log writes them in groups):
 * an answer whose reads could not be recorded is replaced by a refusal, and the client is told to try again.
 */
export const accessRecorded: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        try {
          await contextValue.services.audit.recorded();
        } catch {
          const message =
            'The access log could not be written, so the answer was not sent. Try again shortly; if it persists, tell the administrator.';
          response.http.status = 503;
          response.body = { kind: 'single', singleResult: { errors: [{ message, extensions: { code: 'UNAVAILABLE' } }] } };
        }
      },
    };
  },
};
