package io.jingxi.sampling;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class SwitchingHttpTests extends SamplingHttpTestSupport {

	String preview(long unit, long vendor, long item) {
		return "/api/v1/sampling/lots/preview?unitId=%d&vendorId=%d&itemId=%d&lotSize=1200".formatted(unit, vendor, item);
	}

	@Test
	void twoRejectedLotsMoveTheClassToTightenedAndTheNextLotGetsTheTightenedPlan() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item();
		var api = user(unit, "UNIT_MANAGER");
		long first = id(receive(api, unit, vendor, item, 1200, counts(3, 0)));
		receive(api, unit, vendor, item, 1200, counts(0, 0));
		String third = receive(api, unit, vendor, item, 1200, counts(4, 0));
		long thirdId = id(third);
		api.get("/api/v1/sampling/lots/{id}", thirdId)
			.andExpect(jsonPath("$.switches.length()").value(1))
			.andExpect(jsonPath("$.switches[0].defectClass").value("MAJOR"))
			.andExpect(jsonPath("$.switches[0].fromSeverity").value("NORMAL"))
			.andExpect(jsonPath("$.switches[0].toSeverity").value("TIGHTENED"))
			.andExpect(jsonPath("$.switches[0].reason").value("TWO_OF_FIVE_NOT_ACCEPTED"))
			.andExpect(jsonPath("$.streamsNow[?(@.defectClass == 'MAJOR')].severity").value("TIGHTENED"))
			.andExpect(jsonPath("$.streamsNow[?(@.defectClass == 'MINOR')].severity").value("NORMAL"));
		api.get(preview(unit, vendor, item))
			.andExpect(jsonPath("$.classes[0].severity").value("TIGHTENED"))
			.andExpect(jsonPath("$.classes[0].plan.codeLetter").value("J"))
			.andExpect(jsonPath("$.classes[0].plan.acceptance").value(1))
			.andExpect(jsonPath("$.classes[0].plan.rejection").value(2))
			.andExpect(jsonPath("$.classes[1].severity").value("NORMAL"));
		// two defects now reject the lot: the tightened plan is applied
		String fourth = receive(api, unit, vendor, item, 1200, counts(2, 0));
		api.get("/api/v1/sampling/lots/{id}", id(fourth))
			.andExpect(jsonPath("$.decision").value("REJECTED"))
			.andExpect(jsonPath("$.classes[0].severity").value("TIGHTENED"));
		long stream = streamId(third, "MAJOR");
		api.get("/api/v1/sampling/streams/{id}/switches", stream)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].lotId").value(thirdId));
		api.get("/api/v1/sampling/lots/{id}", first).andExpect(jsonPath("$.switches.length()").value(0));
	}

	@Test
	void fiveRejectedOnTightenedStopInspectionUntilAQualityManagerRecordsCorrectiveAction() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item("II", null, "1.0", null);
		var receiver = user(unit, "UNIT_MANAGER").inEnglish();
		String major3 = """
				[{"defectClass":"MAJOR","defects":3}]""";
		String last = null;
		for (int i = 0; i < 7; i++) {
			last = receive(receiver, unit, vendor, item, 1200, major3);
		}
		long stream = streamId(last, "MAJOR");
		receiver.get("/api/v1/sampling/streams/{id}", stream)
			.andExpect(jsonPath("$.severity").value("DISCONTINUED"))
			.andExpect(jsonPath("$.rejectedOnTightened").value(5));
		receiver.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1200, major3))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("sampling.lot.discontinued"));
		receiver.post("/api/v1/sampling/streams/{id}/corrective-action", """
				{"note":"供应商已更换冷链车"}""", stream).andExpect(status().isForbidden());
		var quality = user(null, "QUALITY_MANAGER");
		quality.post("/api/v1/sampling/streams/{id}/corrective-action", """
				{"note":" "}""", stream).andExpect(status().isBadRequest());
		quality.post("/api/v1/sampling/streams/{id}/corrective-action", """
				{"note":"供应商已更换冷链车"}""", stream)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.severity").value("TIGHTENED"));
		quality.get("/api/v1/sampling/streams/{id}/switches", stream)
			.andExpect(jsonPath("$[0].reason").value("CORRECTIVE_ACTION"))
			.andExpect(jsonPath("$[0].note").value("供应商已更换冷链车"))
			.andExpect(jsonPath("$[1].reason").value("FIVE_NOT_ACCEPTED_ON_TIGHTENED"))
			.andExpect(jsonPath("$[2].reason").value("TWO_OF_FIVE_NOT_ACCEPTED"));
		quality.post("/api/v1/sampling/streams/{id}/corrective-action", """
				{"note":"again"}""", stream).andExpect(status().isConflict());
		receive(receiver, unit, vendor, item, 1200, """
				[{"defectClass":"MAJOR","defects":0}]""");
	}

	@Test
	void reducedInspectionNeedsTheScoreAndApprovalAndEndsWithARejectedLotOrIrregularProduction() throws Exception {
		long unit = unit();
		long vendor = vendor();
		// J at AQL 0.65 is 1/2: every accepted lot adds two to the score
		long item = item("II", null, "0.65", null);
		var receiver = user(unit, "UNIT_MANAGER");
		String clean = """
				[{"defectClass":"MAJOR","defects":0}]""";
		String last = null;
		for (int i = 0; i < 15; i++) {
			last = receive(receiver, unit, vendor, item, 1200, clean);
		}
		long stream = streamId(last, "MAJOR");
		receiver.get("/api/v1/sampling/streams/{id}", stream)
			.andExpect(jsonPath("$.severity").value("NORMAL"))
			.andExpect(jsonPath("$.switchingScore").value(30));
		receiver.post("/api/v1/sampling/streams/{id}/reduced-approval", """
				{"approved":true}""", stream).andExpect(status().isForbidden());
		var quality = user(null, "QUALITY_MANAGER");
		quality.post("/api/v1/sampling/streams/{id}/reduced-approval", """
				{"approved":true,"note":"连续 15 批合格"}""", stream)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.severity").value("REDUCED"));
		// reduced: J at 0.65 points down to K, n = 50, 1/2
		receiver.get(preview(unit, vendor, item))
			.andExpect(jsonPath("$.classes[0].severity").value("REDUCED"))
			.andExpect(jsonPath("$.classes[0].plan.sampleSize").value(50))
			.andExpect(jsonPath("$.classes[0].plan.acceptance").value(1));
		receive(receiver, unit, vendor, item, 1200, clean);
		receive(receiver, unit, vendor, item, 1200, """
				[{"defectClass":"MAJOR","defects":2}]""");
		receiver.get("/api/v1/sampling/streams/{id}/switches", stream)
			.andExpect(jsonPath("$[0].reason").value("NOT_ACCEPTED_ON_REDUCED"))
			.andExpect(jsonPath("$[0].toSeverity").value("NORMAL"));
		receiver.get("/api/v1/sampling/streams/{id}", stream)
			.andExpect(jsonPath("$.switchingScore").value(0))
			.andExpect(jsonPath("$.reducedApproved").value(true));

		// back to reduced after fifteen more, then irregular production ends it
		for (int i = 0; i < 15; i++) {
			receive(receiver, unit, vendor, item, 1200, clean);
		}
		receiver.get("/api/v1/sampling/streams/{id}", stream).andExpect(jsonPath("$.severity").value("REDUCED"));
		receiver.post("/api/v1/sampling/streams/{id}/production", """
				{"steady":false,"note":"供应商停产检修"}""", stream)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.severity").value("NORMAL"))
			.andExpect(jsonPath("$.productionSteady").value(false));
		receiver.get("/api/v1/sampling/streams/{id}/switches", stream)
			.andExpect(jsonPath("$[0].reason").value("PRODUCTION_IRREGULAR"))
			.andExpect(jsonPath("$[0].note").value("供应商停产检修"));
		quality.post("/api/v1/sampling/streams/{id}/return-to-normal", """
				{"note":"x"}""", stream).andExpect(status().isConflict());
	}
}
