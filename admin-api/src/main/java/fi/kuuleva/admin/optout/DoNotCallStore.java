package fi.kuuleva.admin.optout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The do-not-call list, across all campaigns: the dispatcher's claim never picks a listed number, and adding a number
 * also closes its pending respondents everywhere. Thread-safe.
 */
@Singleton
public class DoNotCallStore {

    private final DoNotCallRepository repository;

    public DoNotCallStore(DoNotCallRepository repository) {
        this.repository = repository;
    }

    public boolean contains(String phoneE164) {
        return repository.existsById(phoneE164);
    }

    public Optional<DoNotCallEntry> find(String phoneE164) {
        return repository.findById(phoneE164);
    }

    /** Every listed number, the latest first. */
    public List<DoNotCallEntry> list() {
        return repository.newestFirst();
    }

    public long size() {
        return repository.count();
    }

    /** Lists the number (true when it was not listed before) in the caller's transaction, or a new one. */
    @Transactional
    public boolean add(String phoneE164, @Nullable String reason, DoNotCallSource source, Instant at) {
        boolean added = repository.addIfAbsent(phoneE164, reason, at, source) == 1;
        repository.closePending(phoneE164);
        return added;
    }

    /** Takes the number off the list (an officer's correction; {@link #reopenClosedByList} reopens its respondents). */
    @Transactional
    public boolean remove(String phoneE164) {
        return repository.remove(phoneE164) == 1;
    }

    /** Reopens the respondents the list closed in campaigns not yet over; returns how many. */
    public int reopenClosedByList(String phoneE164) {
        return repository.reopenClosedByList(phoneE164);
    }
}
