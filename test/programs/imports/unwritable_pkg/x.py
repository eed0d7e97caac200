value = "x of unwritable_pkg"
