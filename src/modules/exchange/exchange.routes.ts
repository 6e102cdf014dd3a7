import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { RequestContext } from '../../http/context.ts';
import { requireActor } from '../../http/context.ts';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { viewerOf } from '../sharing/index.ts';
import { suggestAddressees } from './addressees.service.ts';
import { presentMessages, presentSummaries } from './exchange.presenter.ts';
import {
  AddresseeSuggestions,
  AddresseesQuery,
  AgreementIdParams,
  InboxQuery,
  MessageIdParams,
  MessageList,
  MessageView,
  OutOfBandBody,
  ReplyBody,
  Scorecard,
  ScorecardQuery,
  SendMessageBody,
  SequenceQuery,
  SequenceReport,
  ThreadView,
  WithdrawBody,
} from './exchange.schemas.ts';
import { publishInboxChange } from './live.ts';
import type { Written } from './message-writer.ts';
import { acknowledgeMessage, closeMessage, withdrawMessage } from './moves.service.ts';
import { recordOutOfBand } from './out-of-band.service.ts';
import { getVisibleMessage, listInbox, listSent, listThreadMessages } from './read.service.ts';
import { leaveReceipts } from './receipts.service.ts';
import { agreementScorecard } from './scorecard.service.ts';
import { replyToMessage, sendMessage } from './send.service.ts';
import { checkSequences } from './sequence.service.ts';
import { countUnread } from './unread.ts';

const tags = ['messages'];

/** Tells the connected users of every agency concerned that their inbox changed (after the commit). */
const publish = (ctx: RequestContext, agencyIds: Iterable<string>) =>
  publishInboxChange(ctx.db, agencyIds, (actor) => countUnread(ctx.db, actor, ctx.clock()));

/** One message as the actor sees it. */
const presentOne = async (ctx: RequestContext, messageId: string): Promise<MessageView> => {
  const { message, viewer } = await getVisibleMessage(ctx, messageId);
  const [view] = await presentMessages(ctx.db, viewer, [message]);
  return view as MessageView;
};

/** Answers a write: 201 with the message, or 200 with the first one when the idempotency key was seen before. */
const answerWritten = async (ctx: RequestContext, written: Written) => {
  if (written.created) {
    publish(ctx, [written.message.senderAgencyId, ...written.recipients.map((r) => r.recipientAgencyId)]);
  }
  return {
    status: (written.created ? 201 : 200) as 200 | 201,
    view: await presentOne(ctx, written.message.id),
  };
};

/** Messages between forces: send, reply, receipts and moves, the inbox, the sent list and the thread view. */
export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/messages',
    { schema: { tags, body: SendMessageBody, response: { 200: MessageView, 201: MessageView } } },
    async (request, reply) => {
      const { status, view } = await answerWritten(request.ctx, await sendMessage(request.ctx, request.body));
      return reply.code(status).send(view);
    },
  );

  app.post(
    '/messages/out-of-band',
    { schema: { tags, body: OutOfBandBody, response: { 200: MessageView, 201: MessageView } } },
    async (request, reply) => {
      const { status, view } = await answerWritten(
        request.ctx,
        await recordOutOfBand(request.ctx, request.body),
      );
      return reply.code(status).send(view);
    },
  );

  app.get(
    '/messages/inbox',
    { schema: { tags, querystring: InboxQuery, response: { 200: MessageList } } },
    async (request) => {
      const { rows, total, unread, viewer } = await listInbox(request.ctx, request.query);
      const delivered = await leaveReceipts(
        request.ctx,
        rows.filter((r) => r.row.state === 'sent').map((r) => r.message.id),
        'deliver',
      );
      if (delivered > 0)
        publish(
          request.ctx,
          rows.map((r) => r.message.senderAgencyId),
        );
      const items = await presentSummaries(
        request.ctx.db,
        viewer,
        rows.map((r) => r.message),
      );
      return { items, total, unread };
    },
  );

  app.get(
    '/messages/sent',
    {
      schema: {
        tags,
        querystring: InboxQuery.pick({ kind: true, caseId: true, limit: true, offset: true }),
        response: { 200: MessageList },
      },
    },
    async (request) => {
      const { items, total, viewer } = await listSent(request.ctx, request.query);
      return { items: await presentSummaries(request.ctx.db, viewer, items), total, unread: 0 };
    },
  );

  app.get(
    '/messages/addressees',
    {
      schema: {
        tags,
        description: 'The forces to address about a place, through the agreements of the sender covering it.',
        querystring: AddresseesQuery,
        response: { 200: AddresseeSuggestions },
      },
    },
    async (request) => suggestAddressees(request.ctx, request.query),
  );

  app.get(
    '/messages/sequences',
    { schema: { tags, querystring: SequenceQuery, response: { 200: SequenceReport } } },
    async (request) => {
      const pairs = await checkSequences(request.ctx, request.query.senderAgencyId);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        pairs.map((p) => p.senderAgencyId),
      );
      const day = dayOf(request.ctx.clock());
      return {
        pairs: pairs.map(({ senderAgencyId, ...rest }) => ({
          senderAgency: presentAgencySummary(agencies.get(senderAgencyId) as AgencyRow, day),
          ...rest,
        })),
      };
    },
  );

  app.get(
    '/messages/:messageId',
    {
      schema: {
        tags,
        description: 'The thread of the message, as the actor sees it; opening it leaves read receipts.',
        params: MessageIdParams,
        response: { 200: ThreadView },
      },
    },
    async (request) => {
      const { threadId, items } = await listThreadMessages(request.ctx, request.params.messageId);
      const ids = items.map((m) => m.id);
      if ((await leaveReceipts(request.ctx, ids, 'read')) > 0) {
        publish(request.ctx, [requireActor(request.ctx).agencyId, ...items.map((m) => m.senderAgencyId)]);
      }
      const viewer = await viewerOf(request.ctx.db, requireActor(request.ctx), request.ctx.clock());
      return { threadId, messages: await presentMessages(request.ctx.db, viewer, items) };
    },
  );

  app.post(
    '/messages/:messageId/reply',
    {
      schema: {
        tags,
        params: MessageIdParams,
        body: ReplyBody,
        response: { 200: MessageView, 201: MessageView },
      },
    },
    async (request, reply) => {
      const written = await replyToMessage(request.ctx, request.params.messageId, request.body);
      const { status, view } = await answerWritten(request.ctx, written);
      return reply.code(status).send(view);
    },
  );

  const move = (path: string, run: (ctx: RequestContext, id: string, body: unknown) => Promise<unknown>) =>
    app.post(
      `/messages/:messageId/${path}`,
      {
        schema: {
          tags,
          params: MessageIdParams,
          ...(path === 'withdraw' ? { body: WithdrawBody } : {}),
          response: { 200: MessageView },
        },
      },
      async (request) => {
        await run(request.ctx, request.params.messageId, request.body);
        const view = await presentOne(request.ctx, request.params.messageId);
        publish(request.ctx, [
          view.sender.id,
          ...view.recipients.map((r) => r.agency.id),
          requireActor(request.ctx).agencyId,
        ]);
        return view;
      },
    );
  move('acknowledge', (ctx, id) => acknowledgeMessage(ctx, id));
  move('close', (ctx, id) => closeMessage(ctx, id));
  move('withdraw', (ctx, id, body) =>
    withdrawMessage(ctx, id, (body as z.infer<typeof WithdrawBody>).reason),
  );

  app.get(
    '/agreements/:agreementId/exchange-scorecard',
    {
      schema: { tags, params: AgreementIdParams, querystring: ScorecardQuery, response: { 200: Scorecard } },
    },
    async (request) => agreementScorecard(request.ctx, request.params.agreementId, request.query),
  );
};
