package io.jingxi.organization;

import java.util.List;
import java.util.function.IntConsumer;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.SheetRows;

/**
 * One kind of Excel import: the headers it expects, how it checks every row of a file against the
 * database and the user's scope, and how it writes a file whose rows were all found valid.
 */
interface RowImport {

	ImportKind kind();

	/** The headers of the first columns, in order, exactly as the template has them. */
	List<String> headers();

	/** Checks every row and plans the writes; writes nothing. Runs in a read-only transaction. */
	Plan check(SheetRows sheet, DataScope scope, IntConsumer progress);

	/** Writes every row of a plan without problems. Runs in the caller's (one) transaction. */
	void write(Plan plan, Origin origin, IntConsumer progress);

	/** What a check found: the problems, and how many records the file would create and update. */
	interface Plan {

		List<ImportProblem> problems();

		int toCreate();

		int toUpdate();
	}
}
