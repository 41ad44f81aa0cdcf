/**
 * Plain-Java plumbing that a service's {@code domain} may use: reading the versioned tab-separated data tables
 * ({@link io.tollgate.platform.data.TsvTable}), SHA-256 digests ({@link io.tollgate.platform.data.Sha256}) and
 * counting business days against a holiday table ({@link io.tollgate.platform.data.BusinessCalendar}). Nothing here
 * knows about compliance (which holidays, which rules, which deadline: the services' data and domains say that), and
 * nothing here depends on anything but the JDK: {@code DomainPurityContract} lets domains use this package and
 * no other of the platform, and {@code DataPackagePurityTest} keeps it free of frameworks.
 */
package io.tollgate.platform.data;
