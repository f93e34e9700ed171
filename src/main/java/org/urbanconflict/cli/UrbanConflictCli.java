package org.urbanconflict.cli;
public class UrbanConflictCli { public static void main(String[] a) {} }
