package io.jingxi.standard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.jingxi.shared.DomainException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in standards: every {@code templates/<industry>/<name>.json} on the classpath whose
 * {@code kind} is {@code standard} (other modules keep other kinds of templates in the same
 * folders). Read and checked once, on first use; a template that breaks a rule of a version fails
 * loudly, naming its file.
 */
@Component
class StandardTemplates {

	static final String PATTERN = "classpath*:templates/*/*.json";

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private volatile @Nullable List<StandardTemplate> loaded;

	List<StandardTemplate> all() {
		List<StandardTemplate> templates = loaded;
		if (templates == null) {
			templates = load();
			loaded = templates;
		}
		return templates;
	}

	Optional<StandardTemplate> find(String key) {
		return all().stream().filter(t -> t.key().equals(key)).findFirst();
	}

	StandardTemplate get(String key) {
		return find(key).orElseThrow(() -> DomainException.notFound("standard.template.notFound", key));
	}

	private List<StandardTemplate> load() {
		try {
			List<StandardTemplate> templates = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
				String url = resource.getURL().toString();
				String[] parts = url.split("/");
				String industry = parts[parts.length - 2];
				String name = parts[parts.length - 1].replaceFirst("\\.json$", "");
				StandardTemplate.File file;
				try (InputStream in = resource.getInputStream()) {
					file = json.readValue(in, StandardTemplate.File.class);
				}
				if (!"standard".equals(file.kind())) {
					continue;
				}
				templates.add(template(industry + "/" + name, industry, file));
			}
			templates.sort(Comparator.comparing(StandardTemplate::key));
			return List.copyOf(templates);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the standard templates", ex);
		}
	}

	private static StandardTemplate template(String key, String industry, StandardTemplate.File file) {
		try {
			DraftContent content = DraftContent.parse(new DraftInput(file.criticalEffect(), file.criticalCap(),
					file.ruleName(), file.note(), file.sections()));
			return new StandardTemplate(key, industry, required(file.code(), key, "code"),
					required(file.name(), key, "name"), required(file.nameEn(), key, "nameEn"),
					required(file.description(), key, "description"), required(file.descriptionEn(), key, "descriptionEn"),
					required(file.source(), key, "source"), content);
		}
		catch (DomainException ex) {
			throw new IllegalStateException("The standard template " + key + " breaks a rule: " + ex.fieldProblems(), ex);
		}
	}

	private static String required(@Nullable String value, String key, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("The standard template " + key + " has no " + field);
		}
		return value.strip();
	}
}
