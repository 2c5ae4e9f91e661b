/**
 * Texts in the reader's language: dates inside messages as people write them
 * (2026年12月14日), and the display names of processes and their steps.
 */
package cn.enforceflow.platform.i18n;
