/** What a run is asked for: the basin, season, hydrology and scenarios, prepared into the network the engine runs. */
package org.riparian.analysis.run;
