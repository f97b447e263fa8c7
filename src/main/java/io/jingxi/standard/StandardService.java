package io.jingxi.standard;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.standard.StandardChangeLog.Origin;

/**
 * Standards and their versions: the façade other modules read and score with, and the commands of
 * the API. Standards are organisation-wide reference data, so there is no unit scope to narrow by;
 * the permissions standard:read and standard:write guard the endpoints.
 */
@Service
@Transactional
class StandardService implements StandardApi {

	private final Standards standards;

	private final StandardVersions versions;

	private final StandardTemplates templates;

	private final Actors actors;

	private final StandardChangeLog changes;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	// Actors is implemented by the identity module; @Lazy lets the module start without it in slices.
	StandardService(Standards standards, StandardVersions versions, StandardTemplates templates, @Lazy Actors actors,
			StandardChangeLog changes, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.standards = standards;
		this.versions = versions;
		this.templates = templates;
		this.actors = actors;
		this.changes = changes;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ façade

	@Override
	@Transactional(readOnly = true)
	public Optional<StandardSummary> standard(long standardId) {
		return standards.findById(standardId).map(Standard::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StandardSummary> standardByCode(String code) {
		return standards.findByCode(code).map(Standard::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StandardVersionView> currentVersion(long standardId) {
		return standards.findById(standardId)
			.filter(standard -> standard.getCurrentVersionId() != null)
			.flatMap(standard -> versions.findById(standard.getCurrentVersionId()).map(v -> v.toView(standard)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StandardVersionView> version(long versionId) {
		return versions.findById(versionId)
			.map(version -> version.toView(standards.findById(version.getStandardId()).orElseThrow()));
	}

	@Override
	@Transactional(readOnly = true)
	public ScoreResult score(long versionId, Collection<ItemAnswer> answers) {
		StandardVersionView version = version(versionId)
			.orElseThrow(() -> DomainException.notFound("standard.version.notFoundById", String.valueOf(versionId)));
		if (version.status() == VersionStatus.DRAFT) {
			throw DomainException.conflict("standard.version.draftNotScorable", version.standardCode(), version.number());
		}
		return policy().score(version, answers);
	}

	/** The scoring policy speaking the current request's language. */
	ScoringPolicy policy() {
		Locale locale = LocaleContextHolder.getLocale();
		return new ScoringPolicy((code, args) -> messages.getMessage(code, args, code, locale));
	}

	// ------------------------------------------------------------------ standards

	@Transactional(readOnly = true)
	PageResult<StandardView> search(@Nullable String q, int page, int size) {
		Specification<Standard> spec = (root, query, cb) -> cb.conjunction();
		if (q != null && !q.isBlank()) {
			String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			spec = (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
					cb.like(cb.lower(root.get("name")), like, '\\'));
		}
		return PageResult.of(standards.findAll(spec, PageRequest.of(page, size, Sort.by("code"))), StandardView::of);
	}

	@Transactional(readOnly = true)
	StandardDetails details(long standardId) {
		return details(find(standardId));
	}

	StandardDetails create(String code, String name, @Nullable String description) {
		Standard standard = create(code, name, description, null, null, DraftContent.empty());
		return details(standard);
	}

	StandardDetails rename(long standardId, String name, @Nullable String description) {
		Standard standard = find(standardId);
		String before = standard.summary();
		standard.rename(name.strip(), blankToNull(description), clock.instant());
		changes.changed(Origin.request(), StandardChangeLog.STANDARD, standard.id(), "updated", before, standard.summary());
		flush();
		return details(standard);
	}

	/** Adopts a built-in template: a new standard whose draft version 1 copies it. */
	StandardDetails adopt(String templateKey, @Nullable String code, @Nullable String name) {
		StandardTemplate template = templates.get(templateKey);
		String chosenCode = code == null || code.isBlank() ? template.code() : code.strip();
		String chosenName = name == null || name.isBlank() ? template.name() : name.strip();
		Standard standard = create(chosenCode, chosenName, template.description(), template.industry(), template.key(),
				template.content());
		return details(standard);
	}

	private Standard create(String code, String name, @Nullable String description, @Nullable String industry,
			@Nullable String templateKey, DraftContent content) {
		String stripped = code.strip();
		if (standards.existsByCode(stripped)) {
			throw DomainException.conflict("standard.code.taken", stripped);
		}
		Instant now = clock.instant();
		Standard standard = standards.save(new Standard(stripped, name.strip(), blankToNull(description), industry,
				templateKey, now));
		changes.changed(Origin.request(), StandardChangeLog.STANDARD, standard.id(), "created", null, standard.summary());
		openDraft(standard, content, actor(), Origin.request(), now);
		flush("standard.code.taken", stripped);
		return standard;
	}

	// ------------------------------------------------------------------ versions

	@Transactional(readOnly = true)
	List<VersionSummary> versions(long standardId) {
		return summaries(find(standardId));
	}

	@Transactional(readOnly = true)
	StandardVersionView version(long standardId, int number) {
		Standard standard = find(standardId);
		return versionOf(standard, number).toView(standard);
	}

	StandardVersionView saveDraft(long standardId, int number, DraftInput input) {
		Standard standard = find(standardId);
		StandardVersion version = versionOf(standard, number);
		version.requireDraft();
		DraftContent content = DraftContent.parse(input);
		String before = version.summary();
		version.replace(content, actor(), clock.instant());
		changes.changed(Origin.request(), StandardChangeLog.VERSION, version.id(), "updated", before, version.summary());
		flush();
		return version.toView(standard);
	}

	/** Starts a new draft as a copy of the latest version (empty when there is none). */
	StandardVersionView startDraft(long standardId) {
		Standard standard = find(standardId);
		DraftContent content = versions.findFirstByStandardIdOrderByNumberDesc(standard.id())
			.map(StandardVersion::content)
			.orElseGet(DraftContent::empty);
		StandardVersion draft = openDraft(standard, content, actor(), Origin.request(), clock.instant());
		flush("standard.draft.exists", standard.getCode(), draft.getNumber());
		return draft.toView(standard);
	}

	/** Creates a draft from an import job's checked content, for the user who started the job. */
	int importDraft(long standardId, DraftContent content, String actor, Origin origin) {
		Standard standard = find(standardId);
		DraftContent withRule = versions.findFirstByStandardIdOrderByNumberDesc(standard.id())
			.map(latest -> content.withRuleOf(latest.content()))
			.orElse(content);
		StandardVersion draft = openDraft(standard, withRule, actor, origin, clock.instant());
		flush("standard.draft.exists", standard.getCode(), draft.getNumber());
		return draft.getNumber();
	}

	private StandardVersion openDraft(Standard standard, DraftContent content, String by, Origin origin, Instant now) {
		String before = standard.summary();
		int number = standard.openDraft(now);
		StandardVersion draft = versions.save(new StandardVersion(standard.id(), number, content, by, now));
		changes.changed(origin, StandardChangeLog.VERSION, draft.id(), "created", null, draft.summary());
		changes.changed(origin, StandardChangeLog.STANDARD, standard.id(), "draftStarted", before, standard.summary());
		return draft;
	}

	StandardVersionView publish(long standardId, int number) {
		Standard standard = find(standardId);
		StandardVersion version = versionOf(standard, number);
		String before = version.summary();
		String standardBefore = standard.summary();
		Instant now = clock.instant();
		String by = actor();
		version.publish(by, now);
		standard.draftPublished(version.id(), number, now);
		changes.changed(Origin.request(), StandardChangeLog.VERSION, version.id(), "published", before, version.summary());
		changes.changed(Origin.request(), StandardChangeLog.STANDARD, standard.id(), "versionPublished", standardBefore,
				standard.summary());
		events.publishEvent(new StandardVersionPublished(standard.id(), standard.getCode(), version.id(), number, by, now));
		flush();
		return version.toView(standard);
	}

	StandardVersionView retire(long standardId, int number) {
		Standard standard = find(standardId);
		StandardVersion version = versionOf(standard, number);
		String before = version.summary();
		String standardBefore = standard.summary();
		Instant now = clock.instant();
		String by = actor();
		version.retire(by, now);
		flush();
		StandardVersion stillCurrent = versions
			.findFirstByStandardIdAndStatusOrderByNumberDesc(standard.id(), VersionStatus.PUBLISHED)
			.orElse(null);
		standard.versionRetired(stillCurrent, now);
		changes.changed(Origin.request(), StandardChangeLog.VERSION, version.id(), "retired", before, version.summary());
		changes.changed(Origin.request(), StandardChangeLog.STANDARD, standard.id(), "versionRetired", standardBefore,
				standard.summary());
		events.publishEvent(new StandardVersionRetired(standard.id(), standard.getCode(), version.id(), number, by, now));
		flush();
		return version.toView(standard);
	}

	StandardDetails discardDraft(long standardId, int number) {
		Standard standard = find(standardId);
		StandardVersion version = versionOf(standard, number);
		version.requireDraft();
		String before = version.summary();
		String standardBefore = standard.summary();
		long versionId = version.id();
		versions.delete(version);
		standard.draftDiscarded(number, clock.instant());
		changes.changed(Origin.request(), StandardChangeLog.VERSION, versionId, "discarded", before, null);
		changes.changed(Origin.request(), StandardChangeLog.STANDARD, standard.id(), "draftDiscarded", standardBefore,
				standard.summary());
		flush();
		return details(standard);
	}

	// ------------------------------------------------------------------ helpers

	/** A standard by id; 404 when there is none. Races between writers meet its @Version. */
	Standard find(long standardId) {
		return standards.findById(standardId)
			.orElseThrow(() -> DomainException.notFound("standard.notFound", String.valueOf(standardId)));
	}

	private StandardVersion versionOf(Standard standard, int number) {
		return versions.findByStandardIdAndNumber(standard.id(), number)
			.orElseThrow(() -> DomainException.notFound("standard.version.notFound", standard.getCode(), number));
	}

	private StandardDetails details(Standard standard) {
		return new StandardDetails(StandardView.of(standard), summaries(standard));
	}

	private List<VersionSummary> summaries(Standard standard) {
		Map<Long, VersionCounts> counts = versions.countsOf(standard.id()).stream()
			.collect(Collectors.toMap(VersionCounts::versionId, Function.identity()));
		return versions.findByStandardIdOrderByNumberDesc(standard.id()).stream()
			.map(v -> VersionSummary.of(v, counts.get(v.id())))
			.toList();
	}

	private String actor() {
		return actors.current().username();
	}

	/**
	 * Writes the changes now, so that a race the checks could not see (another request took the code
	 * or changed the same standard a moment earlier) is a localized 409 rather than a failed commit.
	 */
	private void flush() {
		flush("standard.concurrentChange");
	}

	private void flush(String duplicateKey, Object... args) {
		try {
			standards.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw DomainException.conflict("standard.concurrentChange");
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict(duplicateKey, args);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
