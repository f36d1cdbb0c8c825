import ArgumentParser
import IntakeUI

extension UrgentAlert: ExpressibleByArgument {}
