package io.jingxi.standard;

import java.util.Collection;
import java.util.Optional;

/**
 * The standard module's façade for other modules: standards, their versions with sections and items
 * (item ids are stable for the life of a published version), and scoring a visit's answers against
 * a version. Standards are organisation-wide, so nothing here is narrowed by the current user.
 */
public interface StandardApi {

	Optional<StandardSummary> standard(long standardId);

	Optional<StandardSummary> standardByCode(String code);

	/** The standard's current version: its highest-numbered published version; empty when none is in force. */
	Optional<StandardVersionView> currentVersion(long standardId);

	/** Any version (draft, published or retired) by id, with its sections and items. */
	Optional<StandardVersionView> version(long versionId);

	/**
	 * Scores a visit's answers against a published or retired version with {@link ScoringPolicy}, the
	 * explanation in the current request's language. 404 when the version does not exist, 409 for a
	 * draft, 400 listing every answer that does not fit the version.
	 */
	ScoreResult score(long versionId, Collection<ItemAnswer> answers);
}
