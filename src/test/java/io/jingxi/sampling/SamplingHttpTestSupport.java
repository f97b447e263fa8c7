package io.jingxi.sampling;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;

/**
 * What the sampling HTTP tests share: the real application with MockMvc, sign-in through the real
 * security chain, and fixtures with unique codes (the context and the database are shared).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
abstract class SamplingHttpTestSupport {

	static final String PASSWORD = "Sampling-pass-7";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganizationApi organization;

	@Autowired
	SamplingApi sampling;

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** A fresh account with the given roles in the given unit (null: organisation-wide), signed in. */
	ApiSession user(@Nullable Long unitId, String... roles) throws Exception {
		String username = "s" + tag().toLowerCase();
		identity.createAccount(new IdentityApi.NewAccount(username, "抽样" + username.substring(1, 4), PASSWORD, unitId,
				null, Set.of(roles), false));
		return ApiSession.signIn(mvc, username, PASSWORD);
	}

	long unit() {
		String code = "SU" + tag();
		return AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(null, code, "食堂" + code,
				"business_hall", null, null, 0)));
	}

	long vendor() {
		String code = "SV" + tag();
		return AsSystem.call(() -> organization.createVendor(new OrganizationApi.NewVendor(code, "鲜肉供应商" + code,
				"王经理", null)));
	}

	/** An item inspected at level II for major (AQL 1.0) and minor (AQL 4.0) nonconformities. */
	long item() {
		return item("II", null, "1.0", "4.0");
	}

	long item(String level, @Nullable String critical, @Nullable String major, @Nullable String minor) {
		String code = "SI" + tag();
		return AsSystem.call(() -> sampling.createItem(new SamplingApi.NewItem(code, "冷鲜猪肉" + code, "箱",
				InspectionLevel.of(level).orElseThrow(), critical, major, minor)));
	}

	static String lot(long unitId, long vendorId, long itemId, int lotSize, String defects) {
		return """
				{"unitId":%d,"vendorId":%d,"itemId":%d,"lotSize":%d,"reference":"SH-%s","defects":%s}"""
			.formatted(unitId, vendorId, itemId, lotSize, tag(), defects);
	}

	static String counts(int major, int minor) {
		return """
				[{"defectClass":"MAJOR","defects":%d},{"defectClass":"MINOR","defects":%d}]""".formatted(major, minor);
	}

	/** Receives a lot and answers its JSON. */
	String receive(ApiSession api, long unitId, long vendorId, long itemId, int lotSize, String defects)
			throws Exception {
		return api.post("/api/v1/sampling/lots", lot(unitId, vendorId, itemId, lotSize, defects))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	static long id(String json) {
		return JsonPath.<Number>read(json, "$.id").longValue();
	}

	static long streamId(String lotJson, String defectClass) {
		List<Number> ids = JsonPath.read(lotJson, "$.streamsNow[?(@.defectClass == '" + defectClass + "')].id");
		return ids.get(0).longValue();
	}
}
