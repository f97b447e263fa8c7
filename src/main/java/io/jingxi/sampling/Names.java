package io.jingxi.sampling;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.organization.VendorSummary;

/** Names of units, suppliers and items for the views, looked up once per list. */
@Component
class Names {

	private final OrganizationApi organization;

	private final SamplingItems items;

	Names(OrganizationApi organization, SamplingItems items) {
		this.organization = organization;
		this.items = items;
	}

	Map<Long, String> units(Collection<Long> ids) {
		Set<Long> wanted = Set.copyOf(ids);
		Map<Long, String> names = wanted.isEmpty() ? new HashMap<>()
				: organization.units(wanted).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		wanted.forEach(id -> names.putIfAbsent(id, "#" + id));
		return names;
	}

	Map<Long, String> vendors(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		for (Long id : Set.copyOf(ids)) {
			names.put(id, organization.vendor(id).map(VendorSummary::name).orElse("#" + id));
		}
		return names;
	}

	Map<Long, SamplingItem> items(Collection<Long> ids) {
		Set<Long> wanted = Set.copyOf(ids);
		return wanted.isEmpty() ? Map.of()
				: items.findAllById(wanted).stream().collect(Collectors.toMap(SamplingItem::id, item -> item));
	}
}
