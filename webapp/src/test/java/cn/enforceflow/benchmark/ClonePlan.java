package cn.enforceflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.enforceflow.benchmark.InvitationTemplates.Kind;
import cn.enforceflow.benchmark.InvitationTemplates.Variant;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.processes.invitation.InvitationModel;

/**
 * Who and what each clone is: its template, department, enterprise and people, decided by
 * a random generator seeded with the clone's number, so that any prefix of the clones has
 * the same mix and a run can continue where the last one stopped.
 * <p>
 * 100 departments: the demo's YJJ, SJJ and HBJ and 97 synthetic ones ({@code BM004} ...).
 * YJJ takes 5 % of the clones, the 99 others share the rest evenly. Each department has
 * eight officers and two dispatchers; YJJ's are {@code officer1}, {@code officer2} and
 * six synthetic ones, so officer1 holds about 1/8 of YJJ's assigned tasks. 2,000
 * enterprises with valid credit codes, the first two being the demo's.
 */
final class ClonePlan {

	static final int DEPARTMENTS = 100;

	static final double HOME_DEPARTMENT_SHARE = 0.05;

	static final int OFFICERS_PER_DEPARTMENT = 8;

	static final int ENTERPRISES = 2000;

	private static final long SEED = 0x1DB0C5L;

	private final List<String> departments = new ArrayList<>();

	private final List<String> creditCodes = new ArrayList<>();

	ClonePlan() {
		this.departments.addAll(List.of("YJJ", "SJJ", "HBJ"));
		for (int i = this.departments.size() + 1; i <= DEPARTMENTS; i++) {
			this.departments.add(String.format(Locale.ROOT, "BM%03d", i));
		}
		this.creditCodes.addAll(List.of("91320804746832153E", "91320812MA1MQ7R28A"));
		SplittableRandom random = new SplittableRandom(SEED);
		String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		while (this.creditCodes.size() < ENTERPRISES) {
			StringBuilder first17 = new StringBuilder("913208");
			first17.append(String.format(Locale.ROOT, "%02d", random.nextInt(100)));
			for (int i = 0; i < 9; i++) {
				first17.append(charset.charAt(random.nextInt(charset.length())));
			}
			String code = first17.toString() + CreditCode.checkCharacterOf(first17.toString());
			if (!this.creditCodes.contains(code)) {
				this.creditCodes.add(code);
			}
		}
	}

	/**
	 * One clone: the number is its place in bench_clone and the suffix of its ids;
	 * {@code spread}, in [0, 1), places it in time.
	 */
	record Clone(long number, Variant variant, String department, String enterpriseGroup, String enterpriseUser,
			String dispatcher, String leadOfficer, String secondOfficer, double spread) {

		String businessKey() {
			return String.format(Locale.ROOT, "YY-2026-%07d", this.number);
		}

	}

	Clone clone(long number, Kind kind) {
		SplittableRandom random = new SplittableRandom(SEED ^ (number * 0x9E3779B97F4A7C15L));
		Variant variant = pick(kind, random.nextInt(100));
		String department = (random.nextDouble() < HOME_DEPARTMENT_SHARE) ? "YJJ"
				: this.departments.get(1 + random.nextInt(DEPARTMENTS - 1));
		int lead = random.nextInt(OFFICERS_PER_DEPARTMENT);
		int second = (lead + 1 + random.nextInt(OFFICERS_PER_DEPARTMENT - 1)) % OFFICERS_PER_DEPARTMENT;
		int enterprise = random.nextInt(ENTERPRISES);
		return new Clone(number, variant, department, InvitationModel.enterpriseGroup(this.creditCodes.get(enterprise)),
				enterpriseUser(enterprise), dispatcher(department, random.nextInt(2)), officer(department, lead),
				officer(department, second), random.nextDouble());
	}

	/** The department's officers as the demo names them, synthetic ones otherwise. */
	static String officer(String department, int index) {
		if (department.equals("YJJ") && index < 2) {
			return "officer" + (index + 1);
		}
		if (department.equals("SJJ") && index == 0) {
			return "officer3";
		}
		return department.toLowerCase(Locale.ROOT) + "-officer" + (index + 1);
	}

	private static String dispatcher(String department, int index) {
		return department.equals("YJJ") ? "dispatcher" + (index + 1)
				: department.toLowerCase(Locale.ROOT) + "-dispatcher" + (index + 1);
	}

	private static String enterpriseUser(int enterprise) {
		return (enterprise < 2) ? "enterprise" + (enterprise + 1)
				: String.format(Locale.ROOT, "ent%04d-user", enterprise);
	}

	private static Variant pick(Kind kind, int percent) {
		int sum = 0;
		for (Variant variant : InvitationTemplates.variantsOf(kind)) {
			sum += variant.weight;
			if (percent < sum) {
				return variant;
			}
		}
		throw new IllegalStateException("the weights of " + kind + " do not add up to 100");
	}

}
