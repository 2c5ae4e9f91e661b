package cn.enforceflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * EnforceFlow (执法协同与监督流程平台): invitation-style inspections, first-violation exemptions and
 * the referral of enforcement-problem clues, on Camunda 7.
 */
@SpringBootApplication
public class EnforceFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(EnforceFlowApplication.class, args);
	}

}
