/**
 * The Basra model's parameter beans, one per section of a scenario file: Jackson loads them, the MASON Console's Model
 * tab shows them ({@code dom}/{@code des}/{@code hide}), and sweeps set them, so a parameter is declared once.
 */
package org.urbanconflict.basra.params;
