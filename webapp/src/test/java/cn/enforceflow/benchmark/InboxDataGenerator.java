package cn.enforceflow.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.benchmark.ClonePlan.Clone;
import cn.enforceflow.benchmark.InvitationTemplates.Kind;
import cn.enforceflow.benchmark.InvitationTemplates.Template;
import cn.enforceflow.benchmark.InvitationTemplates.Variant;

/**
 * Fills the bench database by cloning the template invitations with
 * {@code INSERT … SELECT}: every engine row of a template, joined to a chunk of
 * {@code bench_clone} rows (one per clone, with its number and parameters), gives one row
 * per clone. Then the inbox read model is derived from the cloned engine rows, as the
 * application's history event handler keeps it.
 * <p>
 * Ids: every id that belongs to an instance (its executions, activity instances, tasks,
 * variables, jobs, identity links, history rows) ends in a UUID whose last twelve
 * characters (the node, the same for every id the engine generates) are replaced by the
 * clone's number, zero-padded to twelve digits:
 * {@code 9b069d1f-ecba-11f1-a204-02fc00000001} becomes
 * {@code 9b069d1f-ecba-11f1-a204-000000004711} in clone 4711. Ids keep their length, stay
 * unique (the template ids differ before the node) and every reference between rows is
 * rewritten by the same function. Definitions, deployments and job definitions are
 * shared. Times move by the clone's offset (due dates by whole days); marker values
 * (department, enterprise, people) become the clone's; business keys are
 * {@code YY-2026-<number>}.
 * <p>
 * Each chunk (plan, engine rows, read model) is one transaction, so an interrupted run
 * leaves whole clones only and the next run continues from the counts in the database.
 */
final class InboxDataGenerator implements AutoCloseable {

	/** Open tasks are created within the last ten days: 44 % of them are overdue. */
	static final Duration OPEN_SPREAD = Duration.ofDays(10);

	/** Finished invitations start one every two minutes, from two years back. */
	static final Duration FINISHED_INTERVAL = Duration.ofMinutes(2);

	static final Duration FINISHED_HISTORY = Duration.ofDays(730);

	/** The engine tables a template has rows in, with the column naming the instance. */
	private static final Map<String, String> CLONED_TABLES = orderedMap("ACT_HI_PROCINST", "PROC_INST_ID_",
			"ACT_HI_ACTINST", "PROC_INST_ID_", "ACT_HI_TASKINST", "PROC_INST_ID_", "ACT_HI_VARINST", "PROC_INST_ID_",
			"ACT_HI_DETAIL", "PROC_INST_ID_", "ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_", "ACT_HI_JOB_LOG",
			"PROCESS_INSTANCE_ID_", "ACT_HI_OP_LOG", "PROC_INST_ID_", "ACT_RU_EXECUTION", "PROC_INST_ID_",
			"ACT_RU_TASK", "PROC_INST_ID_", "ACT_RU_IDENTITYLINK", null, "ACT_RU_VARIABLE", "PROC_INST_ID_",
			"ACT_RU_JOB", "PROCESS_INSTANCE_ID_", "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_");

	/**
	 * Tables a template must not have rows in, since the generator does not clone them.
	 */
	private static final Map<String, String> UNCLONED_TABLES = orderedMap("ACT_HI_INCIDENT", "PROC_INST_ID_",
			"ACT_HI_COMMENT", "PROC_INST_ID_", "ACT_HI_ATTACHMENT", "PROC_INST_ID_", "ACT_HI_EXT_TASK_LOG",
			"PROC_INST_ID_", "ACT_RU_INCIDENT", "PROC_INST_ID_", "ACT_RU_EXT_TASK", "PROC_INST_ID_");

	/** Ids of the instance's own rows: rewritten per clone. */
	private static final Set<String> INSTANCE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
			"PROCESS_INSTANCE_ID_", "EXECUTION_ID_", "PARENT_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_",
			"VAR_INST_ID_", "JOB_ID_", "VAR_SCOPE_");

	/** Ids of what all instances share (definitions, model elements): copied. */
	private static final Set<String> SHARED_IDS = Set.of("PROC_DEF_ID_", "PROCESS_DEF_ID_", "DEPLOYMENT_ID_",
			"JOB_DEF_ID_", "TENANT_ID_", "ACT_ID_", "START_ACT_ID_", "END_ACT_ID_", "FAILED_ACT_ID_");

	/** Columns that may hold a marker value of the templates: mapped per clone. */
	private static final Set<String> PEOPLE_AND_GROUPS = Set.of("TEXT_", "GROUP_ID_", "USER_ID_", "ASSIGNEE_", "OWNER_",
			"START_USER_ID_", "ASSIGNER_ID_");

	/**
	 * Due dates and timers move by whole days, so that deadlines stay at 23:59:59 and
	 * reminders at 09:00 as the working-day calendar sets them.
	 */
	private static final Set<String> DUE_DATES = Set.of("DUE_DATE_", "DUEDATE_", "JOB_DUEDATE_");

	private final Connection connection;

	private final PrintStream out;

	private final ClonePlan plan = new ClonePlan();

	/** SQL turning an engine datetime (the engine JVM's zone) into Beijing time. */
	private final String beijing;

	private final Map<String, String> cloneStatements = new LinkedHashMap<>();

	private final Map<Variant, Template> templates = new EnumMap<>(Variant.class);

	private final Map<Variant, Instant> anchors = new EnumMap<>(Variant.class);

	InboxDataGenerator(BenchmarkSettings settings, ZoneId engineZone, PrintStream out) throws SQLException {
		this.connection = DriverManager.getConnection(settings.generatorUrl(), settings.user(), settings.password());
		this.connection.setAutoCommit(false);
		this.out = out;
		this.beijing = beijingTimeSql(engineZone);
		createBenchTables();
	}

	/** What one call of a grow method did. */
	record Growth(Kind kind, long instances, long rows, Duration took) {

		double rowsPerSecond() {
			return this.rows / Math.max(0.001, this.took.toMillis() / 1000.0);
		}

		double instancesPerSecond() {
			return this.instances / Math.max(0.001, this.took.toMillis() / 1000.0);
		}

	}

	// ------------------------------------------------------------------ templates

	boolean hasTemplates() throws SQLException {
		boolean captured = count("select count(*) from bench_meta where name = 'templates_captured'") > 0;
		if (!captured && count("select count(*) from bench_template") > 0) {
			throw new IllegalStateException(
					"an earlier run stopped while capturing the templates; run with -Dbenchmark.reset=true");
		}
		return captured;
	}

	/**
	 * Records the templates and copies their engine rows into one {@code bench_tpl_*}
	 * table per engine table, after checking that every id column is one the generator
	 * knows how to treat.
	 */
	void captureTemplates(Collection<Template> created) throws SQLException {
		try (PreparedStatement insert = this.connection
			.prepareStatement("insert into bench_template (template_id, variant, kind) values (?, ?, ?)")) {
			for (Template template : created) {
				insert.setString(1, template.processInstanceId());
				insert.setString(2, template.variant().name());
				insert.setString(3, template.variant().kind.name());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		for (Map.Entry<String, String> table : UNCLONED_TABLES.entrySet()) {
			if (tableExists(table.getKey()) && count("select count(*) from " + table.getKey() + " where "
					+ table.getValue() + " in (select template_id from bench_template)") > 0) {
				throw new IllegalStateException(
						"the templates have rows in " + table.getKey() + ", which the generator does not clone");
			}
		}
		for (Map.Entry<String, String> table : CLONED_TABLES.entrySet()) {
			String copy = "bench_tpl_" + table.getKey();
			execute("drop table if exists " + copy);
			if (table.getValue() == null) {
				// identity links of tasks name their task only
				execute("create table " + copy + " as select t.*, k.PROC_INST_ID_ as tpl_ from " + table.getKey()
						+ " t join ACT_RU_TASK k on k.ID_ = t.TASK_ID_"
						+ " where k.PROC_INST_ID_ in (select template_id from bench_template)");
			}
			else {
				execute("create table " + copy + " as select t.*, t." + table.getValue() + " as tpl_ from "
						+ table.getKey() + " t where t." + table.getValue()
						+ " in (select template_id from bench_template)");
			}
			execute("alter table " + copy + " add index (tpl_)");
		}
		numberExecutionDepths();
		for (String table : CLONED_TABLES.keySet()) {
			checkIds(table);
		}
		this.connection.commit();
		loadTemplates();
		deriveReadModel("insert ignore", "(select template_id as id from bench_template)", List.of());
		execute("insert into bench_meta (name, value) values ('templates_captured', now())");
		this.connection.commit();
		this.out.printf("[generator] %d templates captured: %s%n", created.size(), templateRowCounts());
	}

	/** Parents before children, so that the executions' foreign keys hold on insert. */
	private void numberExecutionDepths() throws SQLException {
		execute("alter table bench_tpl_ACT_RU_EXECUTION add column depth_ int not null default 0");
		Map<String, String> parents = new HashMap<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("select ID_, PARENT_ID_ from bench_tpl_ACT_RU_EXECUTION")) {
			while (rows.next()) {
				parents.put(rows.getString(1), rows.getString(2));
			}
		}
		try (PreparedStatement update = this.connection
			.prepareStatement("update bench_tpl_ACT_RU_EXECUTION set depth_ = ? where ID_ = ?")) {
			for (String id : parents.keySet()) {
				int depth = 0;
				for (String parent = parents.get(id); parent != null; parent = parents.get(parent)) {
					depth++;
				}
				update.setInt(1, depth);
				update.setString(2, id);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private void checkIds(String table) throws SQLException {
		String copy = "bench_tpl_" + table;
		for (String column : columnsOf(table).keySet()) {
			if (INSTANCE_IDS.contains(column)) {
				long odd = count("select count(*) from " + copy + " where " + column + " is not null and (" + column
						+ " not regexp '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' or right("
						+ column + ", 12) regexp '^[0-9]{12}$')");
				if (odd > 0) {
					throw new IllegalStateException(table + "." + column
							+ " holds ids that do not end in a generated UUID; the id rewriting needs them");
				}
			}
			else if (column.endsWith("ID_") && !SHARED_IDS.contains(column) && !PEOPLE_AND_GROUPS.contains(column)
					&& count("select count(*) from " + copy + " where " + column + " is not null") > 0) {
				throw new IllegalStateException(
						table + "." + column + " refers to something the generator does not clone");
			}
		}
		if (count("select count(*) - count(distinct left(ID_, char_length(ID_) - 12)) from " + copy) != 0) {
			throw new IllegalStateException(table + ": template ids that differ only in their last 12 characters");
		}
	}

	private void loadTemplates() throws SQLException {
		this.templates.clear();
		this.anchors.clear();
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("select b.template_id, b.variant, b.kind,"
						+ " (select min(t.CREATE_TIME_) from bench_tpl_ACT_RU_TASK t where t.tpl_ = b.template_id),"
						+ " p.START_TIME_ from bench_template b join bench_tpl_ACT_HI_PROCINST p on p.ID_ = b.template_id")) {
			while (rows.next()) {
				Variant variant = Variant.valueOf(rows.getString(2));
				this.templates.put(variant, new Template(variant, rows.getString(1)));
				// open: the open task's creation; finished: the start
				this.anchors.put(variant,
						((variant.kind == Kind.OPEN) ? rows.getTimestamp(4) : rows.getTimestamp(5)).toInstant());
			}
		}
		for (Variant variant : Variant.values()) {
			if (!this.templates.containsKey(variant)) {
				throw new IllegalStateException("no template for " + variant + "; run with -Dbenchmark.reset=true");
			}
		}
		this.cloneStatements.clear();
		for (String table : CLONED_TABLES.keySet()) {
			this.cloneStatements.put(table, cloneStatement(table));
		}
	}

	private Map<String, Long> templateRowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : CLONED_TABLES.keySet()) {
			counts.put(table, count("select count(*) from bench_tpl_" + table));
		}
		return counts;
	}

	// ------------------------------------------------------------------ growing

	long finishedClones() throws SQLException {
		return count("select count(*) from bench_clone where kind = 'FINISHED'");
	}

	long openTasks() throws SQLException {
		return count("select count(*) from ACT_RU_TASK");
	}

	/** Adds finished invitations until there are {@code target} finished clones. */
	Growth growFinished(long target, int chunk) throws SQLException {
		ensureLoaded();
		Instant epoch = finishedEpoch();
		long have = finishedClones();
		long start = System.nanoTime();
		long rows = 0;
		long added = 0;
		while (have < target) {
			int size = (int) Math.min(chunk, target - have);
			long first = nextNumber();
			List<Clone> clones = new ArrayList<>(size);
			List<Long> deltas = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				Clone clone = this.plan.clone(first + i, Kind.FINISHED);
				long ordinal = have + i;
				Instant startAt = epoch.plus(FINISHED_INTERVAL.multipliedBy(ordinal))
					.plusSeconds((long) (clone.spread() * FINISHED_INTERVAL.toSeconds()));
				clones.add(clone);
				deltas.add(Duration.between(this.anchors.get(clone.variant()), startAt).toSeconds());
			}
			rows += insertChunk(Kind.FINISHED, clones, deltas);
			have += size;
			added += size;
			progress("finished", have, target, added, rows, start);
		}
		return new Growth(Kind.FINISHED, added, rows, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Adds or removes open invitations until the engine holds {@code target} open tasks
	 * (every open invitation waits at exactly one user task; the templates count too).
	 */
	Growth growOpen(long target, int chunk) throws SQLException {
		ensureLoaded();
		long have = openTasks();
		long start = System.nanoTime();
		if (have > target) {
			shrinkOpen(have - target, chunk);
			return new Growth(Kind.OPEN, target - have, 0, Duration.ofNanos(System.nanoTime() - start));
		}
		long rows = 0;
		long added = 0;
		while (have < target) {
			int size = (int) Math.min(chunk, target - have);
			long first = nextNumber();
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			List<Clone> clones = new ArrayList<>(size);
			List<Long> deltas = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				Clone clone = this.plan.clone(first + i, Kind.OPEN);
				Instant createdAt = now.minusSeconds((long) (clone.spread() * OPEN_SPREAD.toSeconds()));
				clones.add(clone);
				deltas.add(Duration.between(this.anchors.get(clone.variant()), createdAt).toSeconds());
			}
			rows += insertChunk(Kind.OPEN, clones, deltas);
			have += size;
			added += size;
			progress("open", have, target, added, rows, start);
		}
		return new Growth(Kind.OPEN, added, rows, Duration.ofNanos(System.nanoTime() - start));
	}

	private long insertChunk(Kind kind, List<Clone> clones, List<Long> deltas) throws SQLException {
		long first = clones.get(0).number();
		long last = clones.get(clones.size() - 1).number();
		try (PreparedStatement insert = this.connection.prepareStatement("insert into bench_clone (n, kind, variant,"
				+ " template_id, proc_inst_id, business_key, department, enterprise_group, enterprise_user,"
				+ " dispatcher, lead_officer, second_officer, delta_s, delta_days)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < clones.size(); i++) {
				Clone clone = clones.get(i);
				String template = this.templates.get(clone.variant()).processInstanceId();
				insert.setLong(1, clone.number());
				insert.setString(2, kind.name());
				insert.setString(3, clone.variant().name());
				insert.setString(4, template);
				insert.setString(5, cloneId(template, clone.number()));
				insert.setString(6, clone.businessKey());
				insert.setString(7, clone.department());
				insert.setString(8, clone.enterpriseGroup());
				insert.setString(9, clone.enterpriseUser());
				insert.setString(10, clone.dispatcher());
				insert.setString(11, clone.leadOfficer());
				insert.setString(12, clone.secondOfficer());
				insert.setLong(13, deltas.get(i));
				insert.setLong(14, Math.round(deltas.get(i) / 86400.0));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		long rows = 0;
		for (String statement : this.cloneStatements.values()) {
			rows += update(statement, first, last);
		}
		rows += deriveReadModel("insert", "(select proc_inst_id as id from bench_clone where n between ? and ?)",
				List.of(first, last));
		this.connection.commit();
		return rows;
	}

	/** The same function as the SQL of {@link #cloneStatement(String)}. */
	static String cloneId(String templateId, long number) {
		return templateId.substring(0, templateId.length() - 12) + String.format(Locale.ROOT, "%012d", number);
	}

	private String cloneStatement(String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (Map.Entry<String, String> column : columnsOf(table).entrySet()) {
			String name = column.getKey();
			String type = column.getValue();
			String value = "t." + name;
			if (INSTANCE_IDS.contains(name)) {
				value = "concat(left(t." + name + ", char_length(t." + name + ") - 12), lpad(c.n, 12, '0'))";
			}
			else if (PEOPLE_AND_GROUPS.contains(name)) {
				value = "case t." + name + markerCase() + " else t." + name + " end";
			}
			else if (name.equals("BUSINESS_KEY_")) {
				value = "if(t.BUSINESS_KEY_ is null, null, c.business_key)";
			}
			else if (DUE_DATES.contains(name)) {
				value = "t." + name + " + interval c.delta_days day";
			}
			else if (type.equals("datetime") || type.equals("timestamp")) {
				value = "t." + name + " + interval c.delta_s second";
			}
			columns.add(name);
			values.add(value);
		}
		String order = table.equals("ACT_RU_EXECUTION") ? " order by t.depth_, c.n" : "";
		return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
				+ " from bench_clone c join bench_tpl_" + table + " t on t.tpl_ = c.template_id"
				+ " where c.n between ? and ?" + order;
	}

	private static String markerCase() {
		return " when '" + InvitationTemplates.DEPARTMENT + "' then c.department" //
				+ " when '" + InvitationTemplates.DISPATCHER_GROUP + "' then concat(c.department, '.DISPATCHER')"
				+ " when '" + InvitationTemplates.OFFICER_GROUP + "' then concat(c.department, '.OFFICER')" + " when '"
				+ InvitationTemplates.ENTERPRISE_GROUP + "' then c.enterprise_group" //
				+ " when '" + InvitationTemplates.DISPATCHER + "' then c.dispatcher" //
				+ " when '" + InvitationTemplates.LEAD + "' then c.lead_officer" //
				+ " when '" + InvitationTemplates.SECOND + "' then c.second_officer" //
				+ " when '" + InvitationTemplates.ENTERPRISE_USER + "' then c.enterprise_user";
	}

	/**
	 * The read model of some instances, from their engine rows: what the inbox's history
	 * event handler writes. {@code instances} is a derived table with column {@code id}.
	 */
	private long deriveReadModel(String insert, String instances, List<Object> parameters) throws SQLException {
		String sortDue = "coalesce(" + beijing("t.DUE_DATE_") + ", timestamp '9999-12-31 00:00:00')";
		long rows = 0;
		rows += update(insert + " into inbox_case (process_instance_id, process_definition_id, process_key,"
				+ " business_key, started_by, started_at, ended_at, end_state)"
				+ " select p.ID_, p.PROC_DEF_ID_, p.PROC_DEF_KEY_, p.BUSINESS_KEY_, p.START_USER_ID_, "
				+ beijing("p.START_TIME_") + ", " + beijing("p.END_TIME_")
				+ ", if(p.END_TIME_ is null, null, p.STATE_) from " + instances
				+ " i join ACT_HI_PROCINST p on p.ID_ = i.id", parameters);
		rows += update(insert + " into inbox_task (task_id, process_instance_id, process_definition_id,"
				+ " process_key, task_key, name, business_key, assignee, created_at, due_at, sort_due)"
				+ " select t.ID_, t.PROC_INST_ID_, t.PROC_DEF_ID_, d.KEY_, t.TASK_DEF_KEY_, t.NAME_,"
				+ " e.BUSINESS_KEY_, t.ASSIGNEE_, " + beijing("t.CREATE_TIME_") + ", " + beijing("t.DUE_DATE_") + ", "
				+ sortDue + " from " + instances + " i join ACT_RU_TASK t on t.PROC_INST_ID_ = i.id"
				+ " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_",
				parameters);
		rows += update(insert + " into inbox_candidate (task_id, candidate, claimable, process_key, sort_due,"
				+ " created_at) select t.ID_, if(l.GROUP_ID_ is not null, concat('G:', l.GROUP_ID_),"
				+ " concat('U:', l.USER_ID_)), t.ASSIGNEE_ is null, d.KEY_, " + sortDue + ", "
				+ beijing("t.CREATE_TIME_") + " from " + instances + " i join ACT_RU_TASK t on t.PROC_INST_ID_ = i.id"
				+ " join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'"
				+ " join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_", parameters);
		rows += update(insert + " into inbox_done (task_id, done_by, outcome, process_instance_id,"
				+ " process_definition_id, process_key, task_key, name, business_key, created_at, due_at, done_at)"
				+ " select h.ID_, h.ASSIGNEE_, 'COMPLETED', h.PROC_INST_ID_, h.PROC_DEF_ID_, h.PROC_DEF_KEY_,"
				+ " h.TASK_DEF_KEY_, h.NAME_, p.BUSINESS_KEY_, " + beijing("h.START_TIME_") + ", "
				+ beijing("h.DUE_DATE_") + ", " + beijing("h.END_TIME_") + " from " + instances
				+ " i join ACT_HI_TASKINST h on h.PROC_INST_ID_ = i.id join ACT_HI_PROCINST p on p.ID_ = i.id"
				+ " where h.END_TIME_ is not null and h.DELETE_REASON_ = 'completed'", parameters);
		List<Object> thrice = new ArrayList<>(parameters);
		thrice.addAll(parameters);
		thrice.addAll(parameters);
		rows += update(insert + " into inbox_participant (process_instance_id, participant)"
				+ " select p.ID_, concat('U:', p.START_USER_ID_) from " + instances
				+ " i join ACT_HI_PROCINST p on p.ID_ = i.id where p.START_USER_ID_ is not null"
				+ " union select h.PROC_INST_ID_, concat('U:', h.ASSIGNEE_) from " + instances
				+ " i join ACT_HI_TASKINST h on h.PROC_INST_ID_ = i.id where h.ASSIGNEE_ is not null"
				+ " union select l.ROOT_PROC_INST_ID_, if(l.TYPE_ = 'assignee', concat('U:', l.USER_ID_),"
				+ " concat('G:', l.GROUP_ID_)) from " + instances
				+ " i join ACT_HI_IDENTITYLINK l on l.ROOT_PROC_INST_ID_ = i.id where l.OPERATION_TYPE_ = 'add'"
				+ " and l.TASK_ID_ is not null and ((l.TYPE_ = 'assignee' and l.USER_ID_ is not null)"
				+ " or (l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null))", thrice);
		return rows;
	}

	// ------------------------------------------------------------------ shrinking

	/**
	 * Deletes the {@code excess} most recently generated open invitations: engine rows,
	 * history and read model, so that a run can measure a smaller level again without
	 * regenerating the finished ones.
	 */
	private void shrinkOpen(long excess, int chunk) throws SQLException {
		long from = count("select min(n) from (select n from bench_clone where kind = 'OPEN' order by n desc limit "
				+ excess + ") newest");
		long to = count("select max(n) from bench_clone where kind = 'OPEN'");
		long available = count("select count(*) from bench_clone where kind = 'OPEN' and n >= " + from);
		if (available < excess) {
			throw new IllegalStateException("cannot remove " + excess + " open tasks: only " + available
					+ " were generated; run with -Dbenchmark.reset=true");
		}
		long start = System.nanoTime();
		execute("set foreign_key_checks = 0");
		try {
			for (long last = to; last >= from; last -= chunk) {
				deleteOpen(Math.max(from, last - chunk + 1), last);
				this.connection.commit();
				this.out.printf(Locale.ROOT, "[generator] removing open clones %,d to %,d: %,d left, %.0f s%n", from,
						to, Math.max(0, last - chunk + 1 - from), (System.nanoTime() - start) / 1e9);
			}
		}
		finally {
			execute("set foreign_key_checks = 1");
		}
		this.out.printf(Locale.ROOT, "[generator] removed the %,d newest open invitations in %.1f s%n", excess,
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * Multi-table deletes, each through an index: MariaDB 10.11 runs a single-table
	 * {@code delete … where … in (subquery)} as a full scan.
	 */
	private void deleteOpen(long first, long last) throws SQLException {
		String clones = "bench_clone c";
		String range = " where c.kind = 'OPEN' and c.n between " + first + " and " + last;
		execute("delete k from " + clones + " join inbox_task t on t.process_instance_id = c.proc_inst_id"
				+ " join inbox_candidate k on k.task_id = t.task_id" + range);
		// inbox_done has no index on the instance: through the task history
		execute("delete d from " + clones + " join ACT_HI_TASKINST h on h.PROC_INST_ID_ = c.proc_inst_id"
				+ " join inbox_done d on d.task_id = h.ID_" + range);
		for (String table : List.of("inbox_task", "inbox_participant", "inbox_case")) {
			execute("delete t from " + clones + " join " + table + " t on t.process_instance_id = c.proc_inst_id"
					+ range);
		}
		execute("delete l from " + clones + " join ACT_RU_TASK k on k.PROC_INST_ID_ = c.proc_inst_id"
				+ " join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = k.ID_" + range);
		for (Map.Entry<String, String> table : CLONED_TABLES.entrySet()) {
			if (table.getValue() != null) {
				execute("delete t from " + clones + " join " + table.getKey() + " t on t." + table.getValue()
						+ " = c.proc_inst_id" + range);
			}
		}
		execute("delete c from bench_clone c" + range);
	}

	// ------------------------------------------------------------------ reading

	/** Exact row counts. */
	Map<String, Long> rowCounts(List<String> tables) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, count("select count(*) from " + table));
		}
		return counts;
	}

	/**
	 * Per table: bytes of data and indexes (InnoDB statistics) and of its file on disk.
	 */
	record TableSize(String table, long dataAndIndexBytes, long fileBytes) {

	}

	List<TableSize> tableSizes(String database) throws SQLException {
		List<TableSize> sizes = new ArrayList<>();
		try (PreparedStatement query = this.connection.prepareStatement(
				"select t.table_name," + " t.data_length + t.index_length, coalesce(s.allocated_size, s.file_size, 0)"
						+ " from information_schema.tables t left join information_schema.innodb_sys_tablespaces s"
						+ " on s.name = concat(t.table_schema, '/', t.table_name) where t.table_schema = ?"
						+ " order by 3 desc, 2 desc")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					sizes.add(new TableSize(rows.getString(1), rows.getLong(2), rows.getLong(3)));
				}
			}
		}
		this.connection.commit();
		return sizes;
	}

	long count(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * What officer1's two pages should find, from the engine and from the read model; the
	 * two must agree.
	 */
	Map<String, Long> officerCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("assigned to officer1 (engine)",
				count("select count(*) from ACT_RU_TASK where ASSIGNEE_ = 'officer1'"));
		counts.put("assigned to officer1 (read model)",
				count("select count(*) from inbox_task where assignee = 'officer1'"));
		counts.put("claimable by YJJ.OFFICER (engine)",
				count("select count(*) from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
						+ " where l.TYPE_ = 'candidate' and l.GROUP_ID_ = 'YJJ.OFFICER' and t.ASSIGNEE_ is null"));
		counts.put("claimable by YJJ.OFFICER (read model)",
				count("select count(*) from inbox_candidate where candidate = 'G:YJJ.OFFICER' and claimable"));
		counts.put("open tasks overdue",
				count("select count(*) from inbox_task where due_at < utc_timestamp() + interval 8 hour"));
		this.connection.commit();
		return counts;
	}

	// ------------------------------------------------------------------ plumbing

	private void createBenchTables() throws SQLException {
		String charset = " engine = InnoDB default charset = utf8mb3 collate = utf8mb3_bin";
		execute("create table if not exists bench_meta (name varchar(64) not null primary key,"
				+ " value varchar(255) not null)" + charset);
		execute("create table if not exists bench_template (template_id varchar(64) not null primary key,"
				+ " variant varchar(64) not null, kind varchar(16) not null)" + charset);
		execute("create table if not exists bench_clone (n bigint not null primary key, kind varchar(16) not null,"
				+ " variant varchar(64) not null, template_id varchar(64) not null, proc_inst_id varchar(64) not null,"
				+ " business_key varchar(64) not null, department varchar(32) not null,"
				+ " enterprise_group varchar(64) not null, enterprise_user varchar(64) not null,"
				+ " dispatcher varchar(64) not null, lead_officer varchar(64) not null,"
				+ " second_officer varchar(64) not null, delta_s bigint not null, delta_days int not null,"
				+ " unique key ux_bench_clone_instance (proc_inst_id), key ix_bench_clone_kind (kind, n))" + charset);
		this.connection.commit();
	}

	private void ensureLoaded() throws SQLException {
		if (this.templates.isEmpty()) {
			loadTemplates();
		}
	}

	private Instant finishedEpoch() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("select value from bench_meta where name = 'finished_epoch'")) {
			if (rows.next()) {
				return Instant.ofEpochSecond(Long.parseLong(rows.getString(1)));
			}
		}
		Instant epoch = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(FINISHED_HISTORY);
		execute("insert into bench_meta (name, value) values ('finished_epoch', '" + epoch.getEpochSecond() + "')");
		this.connection.commit();
		return epoch;
	}

	private long nextNumber() throws SQLException {
		return count("select coalesce(max(n), 0) + 1 from bench_clone");
	}

	private void progress(String what, long have, long target, long added, long rows, long start) {
		double seconds = (System.nanoTime() - start) / 1e9;
		double perInstance = seconds / added;
		this.out.printf(Locale.ROOT, "[generator] %-8s %,11d / %,d   %,12d rows in %6.0f s = %,8.0f rows/s   ETA %s%n",
				what, have, target, rows, seconds, rows / Math.max(seconds, 0.001),
				Duration.ofSeconds((long) (perInstance * (target - have))).toString().substring(2).toLowerCase());
	}

	private Map<String, String> columnsOf(String table) throws SQLException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement("select column_name, data_type"
				+ " from information_schema.columns where table_schema = database() and table_name = ?"
				+ " order by ordinal_position")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.put(rows.getString(1), rows.getString(2).toLowerCase(Locale.ROOT));
				}
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalStateException("no table " + table + " in the bench database");
		}
		return columns;
	}

	private boolean tableExists(String table) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(
				"select count(*) from information_schema.tables where table_schema = database() and table_name = ?")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1) > 0;
			}
		}
	}

	private String beijing(String column) {
		return String.format(this.beijing, column);
	}

	/**
	 * The engine writes datetimes in its JVM's zone; the read model holds Beijing time. A
	 * zone with daylight saving since 2000 cannot be converted with a fixed offset.
	 */
	private static String beijingTimeSql(ZoneId engineZone) {
		if (engineZone.getRules().nextTransition(Instant.parse("2000-01-01T00:00:00Z")) != null) {
			throw new IllegalStateException("the engine's zone " + engineZone
					+ " has daylight saving time; run the benchmark with -Duser.timezone=Asia/Shanghai");
		}
		ZoneOffset offset = engineZone.getRules().getOffset(Instant.now());
		if (offset.equals(ZoneOffset.ofHours(8))) {
			return "%s";
		}
		int minutes = offset.getTotalSeconds() / 60;
		return String.format(Locale.ROOT, "convert_tz(%%s, '%s%02d:%02d', '+08:00')", (minutes < 0) ? "-" : "+",
				Math.abs(minutes) / 60, Math.abs(minutes) % 60);
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private long update(String sql, long first, long last) throws SQLException {
		return update(sql, List.of(first, last));
	}

	private long update(String sql, List<Object> parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			return statement.executeLargeUpdate();
		}
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	@Override
	public void close() throws SQLException {
		this.connection.rollback();
		this.connection.close();
	}

	static String describe(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + String.format(Locale.ROOT, "%,d", entry.getValue()))
			.collect(Collectors.joining(", "));
	}

}
