/** Agreements between riparian countries as data: withdrawal limits, minimum flows across borders, terminal inflows. */
package org.riparian.model.agreement;
