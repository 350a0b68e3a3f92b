namespace sx { }
