import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { useT } from '../../../app/i18n/use-t';
import {
  alreadyAnsweredMessage,
  ContactRequestCard,
} from '../../../shared/contact-requests/ContactRequestCard';
import {
  ANSWER_CONTACT_REQUEST_BY_LINK_MUTATION,
  CONTACT_REQUEST_BY_ANSWER_LINK_QUERY,
} from '../graphql/contact-link.graphql';
import { LinkState } from './LinkProblem';
import { MailLinkPage } from '../../../shared/mail-links/MailLinkPage';
import { useMailLinkQuery } from '../../../shared/mail-links/use-mail-link-query';

/** /verzoek/beantwoorden?token=… — a partner without an account reads and answers one request. */
export function AnswerByLinkPage() {
  const t = useT();
  const c = t.contactLink;
  const [announcement, setAnnouncement] = useState('');
  // The answer had been given already (another window, the inbox, a colleague): a plain notice,
  // not the success of a new answer (nothing was saved, no mail went out).
  const [repeat, setRepeat] = useState(false);
  const link = useMailLinkQuery(CONTACT_REQUEST_BY_ANSWER_LINK_QUERY);
  const { token, data } = link;
  const [answer] = useMutation(ANSWER_CONTACT_REQUEST_BY_LINK_MUTATION);
  const request = data?.contactRequestByAnswerLink;

  return (
    <MailLinkPage texts={c.answerPage} testId="answer-link-page" wide>
      <p className="visually-hidden" role="status" data-testid="answer-announcement">
        {announcement}
      </p>
      <LinkState link={link} purpose="answer" />
      {request && (
        <ul className="card-list">
          <ContactRequestCard
            request={request}
            answer={async (status, reason, expectedStatus) => {
              const result = await answer({
                variables: { token, status, reason, expectedStatus },
              });
              return result.data?.answerContactRequestByLink.alreadyAnswered === true;
            }}
            showsAlreadyAnswered={false}
            onChanged={(status, alreadyAnswered) => {
              setRepeat(alreadyAnswered);
              setAnnouncement(
                alreadyAnswered
                  ? alreadyAnsweredMessage(status, t.inbox)
                  : c.answered(t.inbox.status[status]),
              );
            }}
            onStale={() => {
              // Answered meanwhile (the inbox, another window): show the request as it is now.
              setRepeat(false);
              setAnnouncement('');
              void link.refetch().catch(() => undefined);
            }}
          />
        </ul>
      )}
      {announcement && (
        <p
          className={repeat ? 'notice' : 'notice notice--success'}
          data-testid="answer-done"
          data-already-answered={repeat || undefined}
        >
          {announcement}
        </p>
      )}
    </MailLinkPage>
  );
}
