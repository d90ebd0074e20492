"""A channel plugged in as a deployment would (COMMUNICATION_CHANNEL_MODULES): the test of the interface."""

from communications.channels import channel_register


@channel_register
class CarrierPigeon:
    key = "carrier-pigeon"
    label = "A pigeon"

    def send(self, publication, item) -> str:
        return "Flown"
