# exit: 4
# sys.exit(260): the process status keeps only the low 8 bits (260 & 0xff == 4).
raise SystemExit(260)
