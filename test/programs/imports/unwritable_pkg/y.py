value = "y of unwritable_pkg"
