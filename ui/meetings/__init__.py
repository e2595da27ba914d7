"""The meetings screens: the meeting list, details, agenda builder and follow-up."""
