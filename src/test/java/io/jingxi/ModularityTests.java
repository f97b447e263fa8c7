package io.jingxi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	/** Test classes left out under any build dir (see {@link ArchitectureTests.NoTestClasses}). */
	static final ApplicationModules modules = ApplicationModules.of(JingxiApplication.class,
			new ArchitectureTests.NoTestClasses());

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The Documenter writes a diagram's relations, and a canvas's lists (the events a module listens to),
	 * in hash order, which differs from run to run; sorted, the generated files change only when the
	 * modules do, and parallel branches merge cleanly.
	 */
	static void sortRelations(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".adoc")).toList()) {
				Files.write(file, sortCellLists(Files.readAllLines(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
				List<String> out = new ArrayList<>();
				List<String> run = new ArrayList<>();
				for (String line : Files.readAllLines(file)) {
					if (line.startsWith("Rel(")) {
						run.add(line);
						continue;
					}
					run.sort(null);
					out.addAll(run);
					run.clear();
					out.add(line);
				}
				run.sort(null);
				out.addAll(run);
				Files.write(file, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A table cell's bullet list ({@code |* a}, {@code * b}, …) in sorted order, each item with its
	 * continuation lines ({@code +} and a paragraph), the cell mark on the first item. The list ends at
	 * the next cell ({@code |}).
	 */
	static List<String> sortCellLists(List<String> lines) {
		List<String> out = new ArrayList<>();
		List<List<String>> items = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("|* ")) {
				flushCellList(items, out);
				items.add(new ArrayList<>(List.of(line.substring(1))));
			}
			else if (!items.isEmpty() && line.startsWith("* ")) {
				items.add(new ArrayList<>(List.of(line)));
			}
			else if (!items.isEmpty() && !line.startsWith("|")) {
				items.get(items.size() - 1).add(line);
			}
			else {
				flushCellList(items, out);
				out.add(line);
			}
		}
		flushCellList(items, out);
		return out;
	}

	private static void flushCellList(List<List<String>> items, List<String> out) {
		items.sort(Comparator.comparing(item -> item.get(0)));
		for (int i = 0; i < items.size(); i++) {
			List<String> item = items.get(i);
			out.add(i == 0 ? "|" + item.get(0) : item.get(0));
			out.addAll(item.subList(1, item.size()));
		}
		items.clear();
	}
}
