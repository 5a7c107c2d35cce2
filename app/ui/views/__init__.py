"""One screen per module. Screens whose data layer is not there yet show their heading, intro and a notice."""
