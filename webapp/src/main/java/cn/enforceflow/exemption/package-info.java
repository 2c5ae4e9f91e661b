/**
 * 首违不罚 — first-violation exemptions: an officer registers a violation of a catalogued
 * matter, the assessment (a DMN decision) says whether it may go without a penalty, and
 * an eligible case is corrected, proposed with the education given, reviewed by the legal
 * office, approved by the head, served and published; an ineligible one goes to the
 * general procedure with its band.
 */
package cn.enforceflow.exemption;
