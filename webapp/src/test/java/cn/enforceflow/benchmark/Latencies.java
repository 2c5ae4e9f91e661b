package cn.enforceflow.benchmark;

import java.util.Arrays;

/**
 * The latencies of one query at one level, in milliseconds, and what the query found.
 */
record Latencies(String query, double[] millis, String result) {

	static Latencies notAvailable(String query, String why) {
		return new Latencies(query, new double[0], why);
	}

	boolean available() {
		return this.millis.length > 0;
	}

	/** Nearest-rank percentile, {@code p} in (0, 100]. */
	double percentile(double p) {
		double[] sorted = this.millis.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	double max() {
		return Arrays.stream(this.millis).max().orElse(Double.NaN);
	}

	double mean() {
		return Arrays.stream(this.millis).average().orElse(Double.NaN);
	}

}
