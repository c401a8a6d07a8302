//! The comparison model: certifications side by side (being built: issue 5).
