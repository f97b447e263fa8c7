package io.jingxi.sampling;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the sampling endpoints accept and answer. */
final class SamplingViews {

	static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	/** The largest lot the API accepts; Table 1's last row is open-ended. */
	static final int MAX_LOT_SIZE = 100_000_000;

	private SamplingViews() {
	}

	record SamplingItemView(long id, String code, String name, @Nullable String unitOfMeasure, String level,
			@Nullable String aqlCritical, @Nullable String aqlMajor, @Nullable String aqlMinor, int settingsVersion,
			boolean active) {

		static SamplingItemView of(SamplingItem item) {
			return new SamplingItemView(item.id(), item.getCode(), item.getName(), item.getUnitOfMeasure(),
					item.getLevel().label(), item.getAqlCritical(), item.getAqlMajor(), item.getAqlMinor(),
					item.getSettingsVersion(), item.isActive());
		}
	}

	record SamplingItemRequest(
			@NotBlank @Pattern(regexp = CODE, message = "{sampling.item.codeInvalid}") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 20) String unitOfMeasure,
			@NotBlank String level, @Nullable String aqlCritical, @Nullable String aqlMajor,
			@Nullable String aqlMinor, @Nullable Boolean active) {
	}

	/** A supplier as the receiving form lists it. */
	record SamplingSupplier(long id, String code, String name) {
	}

	/** One defect class of a lot about to be received: its AQL, the stream's severity and the plan. */
	record ClassPlanView(DefectClass defectClass, String aql, Severity severity, @Nullable SamplingPlan plan,
			int switchingScore, @Nullable Long streamId) {
	}

	record LotPreview(long unitId, long vendorId, long itemId, int lotSize, String level, int itemSettingsVersion,
			List<ClassPlanView> classes) {
	}

	record DefectCount(@NotNull DefectClass defectClass, @NotNull @Min(0) @Max(MAX_LOT_SIZE) Integer defects) {
	}

	record ReceiveLotRequest(@NotNull Long unitId, @NotNull Long vendorId, @NotNull Long itemId,
			@NotNull @Min(2) @Max(MAX_LOT_SIZE) Integer lotSize, @Nullable @Size(max = 64) String reference,
			@NotEmpty List<@Valid @NotNull DefectCount> defects, @Nullable @Size(max = 1000) String note) {
	}

	record LotClassView(DefectClass defectClass, String aql, Severity severity, String codeLetter, int sampleSize,
			int acceptance, int rejection, boolean fullInspection, int defects, boolean accepted) {

		static LotClassView of(LotClassResult result) {
			return new LotClassView(result.getDefectClass(), result.getAql(), result.getSeverity(),
					result.getCodeLetter(), result.getSampleSize(), result.getAcceptance(), result.getRejection(),
					result.isFullInspection(), result.getDefects(), result.isAccepted());
		}
	}

	record LotPhotoView(long id, @Nullable DefectClass defectClass, int width, int height) {

		static LotPhotoView of(LotPhoto photo) {
			return new LotPhotoView(photo.id(), photo.getDefectClass(), photo.getWidth(), photo.getHeight());
		}
	}

	record SwitchView(long id, long streamId, @Nullable Long lotId, @Nullable DefectClass defectClass,
			Severity fromSeverity, Severity toSeverity, SwitchReason reason, int switchingScore, @Nullable String note,
			String actor, Instant at) {

		static SwitchView of(SeveritySwitch change, @Nullable DefectClass defectClass) {
			return new SwitchView(change.id(), change.getStreamId(), change.getLotId(), defectClass,
					change.getFromSeverity(), change.getToSeverity(), change.getReason(), change.getSwitchingScore(),
					change.getNote(), change.getActor(), change.getAt());
		}
	}

	/** A lot with everything the acceptance record prints. */
	record LotView(long id, @Nullable String reference, @Nullable String organisationName, long unitId,
			String unitName, long vendorId, String vendorName, long itemId, String itemCode, String itemName,
			@Nullable String unitOfMeasure, int lotSize, String level, LotDecision decision, String policyId,
			int policyVersion, int itemSettingsVersion, @Nullable String note, String receivedBy, Instant receivedAt,
			List<LotClassView> classes, List<LotPhotoView> photos, List<SwitchView> switches,
			List<StreamView> streamsNow) {
	}

	/** A lot in a list. */
	record LotListItem(long id, @Nullable String reference, long unitId, String unitName, long vendorId,
			String vendorName, long itemId, String itemName, int lotSize, LotDecision decision, String receivedBy,
			Instant receivedAt, List<LotClassView> classes) {
	}

	record StreamView(long id, long unitId, String unitName, long vendorId, String vendorName, long itemId,
			String itemName, DefectClass defectClass, String aql, Severity severity, int switchingScore,
			String recentNormal, int acceptedInARow, int rejectedOnTightened, boolean reducedApproved,
			boolean productionSteady, int lots, Instant updatedAt) {
	}

	/** Counts per supplier and item, as the overview query answers them. */
	record PairCounts(Long vendorId, Long itemId, Long lots, Long accepted, Instant lastReceivedAt) {
	}

	/** One supplier and item in the overview. */
	record SupplierItemRow(long vendorId, String vendorName, long itemId, String itemCode, String itemName,
			long lots, long accepted, @Nullable Double acceptanceRate, @Nullable Severity severity,
			Instant lastReceivedAt) {
	}

	record TrendPoint(String month, long lots, long accepted, @Nullable Double acceptanceRate) {
	}

	record SupplierItemSummary(long vendorId, String vendorName, long itemId, String itemCode, String itemName,
			long lots, long accepted, @Nullable Double acceptanceRate, List<StreamView> streams,
			List<TrendPoint> trend) {
	}

	record CorrectiveActionRequest(@NotBlank @Size(max = 1000) String note) {
	}

	record ProductionRequest(@NotNull Boolean steady, @Nullable @Size(max = 1000) String note) {
	}

	record ReducedApprovalRequest(@NotNull Boolean approved, @Nullable @Size(max = 1000) String note) {
	}

	record ReturnToNormalRequest(@NotBlank @Size(max = 1000) String note) {
	}

	static @Nullable Double rate(long accepted, long lots) {
		return lots == 0 ? null : Math.round(accepted * 10000.0 / lots) / 10000.0;
	}
}
