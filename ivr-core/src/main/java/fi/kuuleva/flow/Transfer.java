package fi.kuuleva.flow;

import fi.kuuleva.flow.Step.Transferring;

/**
 * Putting a caller who asked for a person through to a member of staff, while one is on duty: says so and awaits the
 * transfer's end. Answered, the call ends with the staff member's; unanswered (or left before it ended), the caller
 * hears that nobody could answer and a call-back is requested for them. Immutable.
 */
final class Transfer {

    private final PromptBooks books;

    Transfer(PromptBooks books) {
        this.books = books;
    }

    /** Starts the transfer the caller asked for at step {@code at}. */
    Next start(Turn turn, String at) {
        turn.play(books.of(turn.state()).phrasePrompt(Phrase.TRANSFERRING));
        return new Next.Await(InputAwaited.transfer(at), new Transferring(at));
    }

    /** How the transfer ended; any input but a connected transfer counts as nobody answering. */
    Next ended(Turn turn, Transferring step, Resume resume) {
        if (resume instanceof TransferEnded ended && ended.connected()) {
            turn.emit(new TransferAttempted(step.at(), true));
            return new Next.End(Outcome.TRANSFERRED, step.at());
        }
        turn.emit(new TransferAttempted(step.at(), false))
                .emit(new CallbackRequested(step.at(), CallbackTime.ANY))
                .play(books.of(turn.state()).phrasePrompt(Phrase.TRANSFER_FAILED));
        return new Next.End(Outcome.CALLBACK_REQUESTED, step.at());
    }

    /** The caller hung up while being put through: nobody took the call, so a call-back stands for them. */
    Next hungUp(Turn turn, Transferring step) {
        turn.emit(new TransferAttempted(step.at(), false)).emit(new CallbackRequested(step.at(), CallbackTime.ANY));
        return new Next.End(Outcome.CALLBACK_REQUESTED, step.at());
    }
}
