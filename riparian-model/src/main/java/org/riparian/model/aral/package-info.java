/** The shipped default basin model of the Aral Sea basin; its sources are credited in DATA-SOURCES.md. */
package org.riparian.model.aral;
