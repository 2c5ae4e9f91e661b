package cn.enforceflow.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import cn.enforceflow.calendar.CalendarDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the holiday arrangements the State Council has published, as shipped in
 * {@code calendar/holidays-cn.csv}, for every year of that file that has none loaded yet.
 * Production needs them, so this is no demo data. It runs before the web server opens; a
 * year loaded or imported before is never touched, and a second node starting at the same
 * moment is not an error.
 */
@Component
class ReferenceCalendarSeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReferenceCalendarSeeder.class);

	static final String RESOURCE = "calendar/holidays-cn.csv";

	private final CalendarManagementService management;

	ReferenceCalendarSeeder(CalendarManagementService management) {
		this.management = management;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seed();
	}

	/**
	 * Loads every reference year that has none loaded yet.
	 * @return how many years this call loaded
	 */
	int seed() {
		int seeded = 0;
		for (Map.Entry<Integer, List<CalendarDay>> year : referenceYears().entrySet()) {
			try {
				if (this.management.seedYear(year.getKey(), year.getValue(), RESOURCE)) {
					seeded++;
					log.info("Working calendar {}: {} holidays and make-up working days loaded from {}", year.getKey(),
							year.getValue().size(), RESOURCE);
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.debug("Working calendar {} loaded concurrently by another node", year.getKey(), ex);
			}
		}
		return seeded;
	}

	private static Map<Integer, List<CalendarDay>> referenceYears() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return CalendarFileReader.readYears(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
