#!/usr/bin/env node
require('../dist/intl.cjs').start(process.argv);
