package io.jingxi.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;

import io.jingxi.shared.ApiSession;
import io.jingxi.shared.EntityChanged;

class LotHttpTests extends SamplingHttpTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void aLotIsAcceptedOnlyIfEveryClassIsAcceptedAndEachDecisionIsPublished() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item();
		var api = user(unit, "UNIT_MANAGER");

		// J, n = 80: major AQL 1.0 is 2/3, minor AQL 4.0 is 7/8
		String accepted = receive(api, unit, vendor, item, 1200, counts(2, 7));
		assertThat(accepted).contains("\"decision\":\"ACCEPTED\"");
		api.get("/api/v1/sampling/lots/{id}", id(accepted))
			.andExpect(jsonPath("$.classes[0].defectClass").value("MAJOR"))
			.andExpect(jsonPath("$.classes[0].codeLetter").value("J"))
			.andExpect(jsonPath("$.classes[0].sampleSize").value(80))
			.andExpect(jsonPath("$.classes[0].acceptance").value(2))
			.andExpect(jsonPath("$.classes[1].acceptance").value(7))
			.andExpect(jsonPath("$.policyId").value("GB/T 2828.1-2012"))
			.andExpect(jsonPath("$.policyVersion").value(1))
			.andExpect(jsonPath("$.itemSettingsVersion").value(1))
			.andExpect(jsonPath("$.organisationName").value(containsString("食堂")));

		String rejected = receive(api, unit, vendor, item, 1200, counts(0, 8));
		assertThat(rejected).contains("\"decision\":\"REJECTED\"");

		assertThat(events.stream(LotAccepted.class).filter(e -> e.lotId() == id(accepted)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.vendorId()).isEqualTo(vendor);
				assertThat(e.classes()).extracting(LotClassOutcome::defects).containsExactly(2, 7);
			});
		assertThat(events.stream(LotRejected.class).filter(e -> e.lotId() == id(rejected)))
			.singleElement()
			.satisfies(e -> assertThat(e.classes()).extracting(LotClassOutcome::accepted).containsExactly(true, false));
		assertThat(events.stream(EntityChanged.class)
			.filter(e -> e.entityType().equals("SamplingLot") && e.entityId().equals(String.valueOf(id(accepted)))))
			.singleElement()
			.satisfies(e -> assertThat(e.after()).contains("decision=ACCEPTED"));
	}

	@Test
	void thePreviewShowsEachClassesPlanAndSeverityAndChangesNothing() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item("II", "0.010", "1.0", "4.0");
		var api = user(unit, "UNIT_MANAGER");
		api.get("/api/v1/sampling/lots/preview?unitId={u}&vendorId={v}&itemId={i}&lotSize=1200", unit, vendor, item)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classes.length()").value(3))
			.andExpect(jsonPath("$.classes[0].defectClass").value("CRITICAL"))
			.andExpect(jsonPath("$.classes[0].severity").value("NORMAL"))
			// J at AQL 0.010 points down to Q: 1 250 items, more than the lot, so all 1 200 are inspected
			.andExpect(jsonPath("$.classes[0].plan.codeLetter").value("Q"))
			.andExpect(jsonPath("$.classes[0].plan.fullInspection").value(true))
			.andExpect(jsonPath("$.classes[0].plan.sampleSize").value(1200))
			.andExpect(jsonPath("$.classes[1].plan.acceptance").value(2))
			.andExpect(jsonPath("$.classes[1].streamId").doesNotExist());
		api.get("/api/v1/sampling/streams?unitId={u}&vendorId={v}&itemId={i}", unit, vendor, item)
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void badLotsAreRefusedAndChangeNothing() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item();
		var api = user(unit, "UNIT_MANAGER").inEnglish();
		api.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1200, """
				[{"defectClass":"MAJOR","defects":0}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("defects"))
			.andExpect(jsonPath("$.detail").value(containsString("minor")));
		api.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1200, """
				[{"defectClass":"MAJOR","defects":0},{"defectClass":"MINOR","defects":0},{"defectClass":"CRITICAL","defects":0}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("sampling.defects.notInspected"));
		api.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1200, counts(81, 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("sampling.defects.tooMany"));
		api.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1, counts(0, 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lotSize"));
		api.post("/api/v1/sampling/lots", lot(unit, vendor, item, 1200, counts(-1, 0)))
			.andExpect(status().isBadRequest());
		api.post("/api/v1/sampling/lots", lot(unit, Long.MAX_VALUE, item, 1200, counts(0, 0)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("sampling.vendor.notFound"));
		api.post("/api/v1/sampling/lots", lot(unit, vendor, Long.MAX_VALUE, 1200, counts(0, 0)))
			.andExpect(status().isNotFound());
		api.get("/api/v1/sampling/lots?vendorId={v}", vendor).andExpect(jsonPath("$.total").value(0));
		api.get("/api/v1/sampling/streams?vendorId={v}", vendor).andExpect(jsonPath("$.length()").value(0));
	}

	static byte[] png(int width, int height) throws Exception {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xff0000);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void photosOfDefectsAreReEncodedAndServedAndOtherFilesRefused() throws Exception {
		long unit = unit();
		var api = user(unit, "UNIT_MANAGER");
		long lot = id(receive(api, unit, vendor(), item(), 500, counts(1, 0)));
		String added = api.perform(multipart("/api/v1/sampling/lots/{id}/photos", lot)
			.file(new MockMultipartFile("file", "defect.png", "image/png", png(2400, 1200)))
			.param("defectClass", "MAJOR"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(1600))
			.andExpect(jsonPath("$.height").value(800))
			.andReturn().getResponse().getContentAsString();
		api.get("/api/v1/sampling/lots/{id}/photos/{photo}", lot, id(added))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
		api.perform(multipart("/api/v1/sampling/lots/{id}/photos", lot)
			.file(new MockMultipartFile("file", "defect.png", "image/png", "not a picture".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		api.get("/api/v1/sampling/lots/{id}", lot).andExpect(jsonPath("$.photos.length()").value(1));
	}

	@Test
	void theExportStreamsTheLotsWithTheirPlans() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item();
		var api = user(unit, "UNIT_MANAGER");
		long lot = id(receive(api, unit, vendor, item, 1200, counts(3, 0)));
		List<List<String>> rows = export(api, "/api/v1/sampling/lots/export?vendorId=" + vendor);
		assertThat(rows.get(0)).startsWith("检验批ID", "送货单号");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(lot));
		assertThat(rows.get(1)).contains("拒收", "J 80 2/3");
	}

	List<List<String>> export(ApiSession api, String url) throws Exception {
		var started = api.get(url).andExpect(request().asyncStarted()).andReturn();
		byte[] bytes = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	@Test
	void perSupplierAndItemTheSummaryCountsLotsAndTheTrendEndsThisMonth() throws Exception {
		long unit = unit();
		long vendor = vendor();
		long item = item();
		var api = user(unit, "UNIT_MANAGER");
		receive(api, unit, vendor, item, 1200, counts(0, 0));
		receive(api, unit, vendor, item, 1200, counts(0, 0));
		receive(api, unit, vendor, item, 1200, counts(5, 0));
		String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		api.get("/api/v1/sampling/suppliers/{v}/items/{i}", vendor, item)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lots").value(3))
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.acceptanceRate").value(0.6667))
			.andExpect(jsonPath("$.trend.length()").value(12))
			.andExpect(jsonPath("$.trend[11].month").value(month))
			.andExpect(jsonPath("$.trend[11].lots").value(3))
			.andExpect(jsonPath("$.streams.length()").value(2));
		api.get("/api/v1/sampling/overview?size=200")
			.andExpect(jsonPath("$.items[?(@.vendorId == " + vendor + ")].lots").value(org.hamcrest.Matchers.contains(3)));
		api.get("/api/v1/sampling/lots?vendorId={v}&decision=REJECTED", vendor)
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void suppliersAreTheOrganisationsActiveVendors() throws Exception {
		long vendor = vendor();
		String code = organization.vendor(vendor).orElseThrow().code();
		user(unit(), "UNIT_MANAGER").get("/api/v1/sampling/suppliers?q={q}", code.toLowerCase())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(vendor));
	}

	@Test
	void photoUploadsNeedTheWritePermission() throws Exception {
		long unit = unit();
		long lot = id(receive(user(unit, "UNIT_MANAGER"), unit, vendor(), item(), 500, counts(0, 0)));
		user(null, "VENDOR_MANAGER").perform(multipart("/api/v1/sampling/lots/{id}/photos", lot)
			.file(new MockMultipartFile("file", "defect.png", "image/png", png(10, 10))))
			.andExpect(status().isForbidden());
		user(null, "VENDOR_MANAGER").get("/api/v1/sampling/lots/{id}", lot).andExpect(status().isOk());
	}

	@Test
	void theUnauthenticatedGetNothing() throws Exception {
		mvc.perform(get("/api/v1/sampling/lots")).andExpect(status().isUnauthorized());
	}
}
