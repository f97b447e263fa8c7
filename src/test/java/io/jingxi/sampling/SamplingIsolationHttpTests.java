package io.jingxi.sampling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import io.jingxi.shared.ApiSession;
import io.jingxi.shared.TwoUnits;

/** Lots belong to the receiving unit: a manager of unit B neither sees nor changes unit A's. */
class SamplingIsolationHttpTests extends SamplingHttpTestSupport {

	@Test
	void aManagerOfAnotherUnitCannotReadOrChangeTheFirstUnitsLotsStreamsOrPhotos() throws Exception {
		var units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		var b = ApiSession.signIn(mvc, units.userB(), units.password());
		long vendor = vendor();
		long item = item();
		String lotA = receive(a, units.unitA(), vendor, item, 1200, counts(3, 0));
		long lotId = id(lotA);
		long stream = streamId(lotA, "MAJOR");
		String photo = a.perform(multipart("/api/v1/sampling/lots/{id}/photos", lotId)
			.file(new MockMultipartFile("file", "d.png", "image/png", LotHttpTests.png(20, 20))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

		b.get("/api/v1/sampling/lots/{id}", lotId).andExpect(status().isNotFound());
		b.get("/api/v1/sampling/lots/{id}/photos/{p}", lotId, id(photo)).andExpect(status().isNotFound());
		b.perform(multipart("/api/v1/sampling/lots/{id}/photos", lotId)
			.file(new MockMultipartFile("file", "d.png", "image/png", LotHttpTests.png(20, 20))))
			.andExpect(status().isNotFound());
		b.get("/api/v1/sampling/lots?vendorId={v}", vendor).andExpect(jsonPath("$.total").value(0));
		b.get("/api/v1/sampling/streams?vendorId={v}", vendor).andExpect(jsonPath("$.length()").value(0));
		b.get("/api/v1/sampling/streams/{id}", stream).andExpect(status().isNotFound());
		b.get("/api/v1/sampling/streams/{id}/switches", stream).andExpect(status().isNotFound());
		b.post("/api/v1/sampling/streams/{id}/production", """
				{"steady":false}""", stream).andExpect(status().isNotFound());
		b.get("/api/v1/sampling/suppliers/{v}/items/{i}", vendor, item).andExpect(jsonPath("$.lots").value(0));
		b.get("/api/v1/sampling/suppliers/{v}/items/{i}?unitId={u}", vendor, item, units.unitA())
			.andExpect(status().isNotFound());
		b.get("/api/v1/sampling/overview?size=200")
			.andExpect(jsonPath("$.items[?(@.vendorId == " + vendor + ")]").isEmpty());
		// nor can B receive into A or preview A's plans
		b.post("/api/v1/sampling/lots", lot(units.unitA(), vendor, item, 1200, counts(0, 0)))
			.andExpect(status().isNotFound());
		b.get("/api/v1/sampling/lots/preview?unitId={u}&vendorId={v}&itemId={i}&lotSize=100", units.unitA(), vendor,
				item).andExpect(status().isNotFound());
		// and A still sees all of it, unchanged
		a.get("/api/v1/sampling/lots?vendorId={v}", vendor).andExpect(jsonPath("$.total").value(1));
		a.get("/api/v1/sampling/streams/{id}", stream).andExpect(jsonPath("$.productionSteady").value(true));
	}

	@Test
	void theExportOfAnotherUnitsManagerHasNoneOfTheFirstUnitsLots() throws Exception {
		var units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		var b = ApiSession.signIn(mvc, units.userB(), units.password());
		long vendor = vendor();
		long item = item();
		receive(a, units.unitA(), vendor, item, 1200, counts(0, 0));
		receive(b, units.unitB(), vendor, item, 1200, counts(0, 0));
		var rows = new LotHttpTestsAccess(this).export(b, "/api/v1/sampling/lots/export?vendorId=" + vendor);
		org.assertj.core.api.Assertions.assertThat(rows).hasSize(2);
		org.assertj.core.api.Assertions.assertThat(rows.get(1)).contains(organization.unit(units.unitB()).orElseThrow().name());
	}

	/** Reuses the export reader of {@link LotHttpTests} with this test's MockMvc. */
	static final class LotHttpTestsAccess extends LotHttpTests {

		LotHttpTestsAccess(SamplingHttpTestSupport support) {
			this.mvc = support.mvc;
		}
	}
}
