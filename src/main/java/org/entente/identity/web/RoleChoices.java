package org.entente.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.entente.identity.Grant;
import org.entente.identity.PartnershipNames;
import org.entente.identity.Role;
import org.entente.shared.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Roles as pages show and offer them: labels, hints, tag colours and officers' partnerships. */
@Component
class RoleChoices {

  /** A role held in an area, ready to show. */
  record GrantView(long id, Role role, String label, String partnership, String colour) {}

  private final MessageSourceAccessor messages;
  private final PartnershipNames partnerships;

  RoleChoices(MessageSource messageSource, PartnershipNames partnerships) {
    this.messages = new MessageSourceAccessor(messageSource);
    this.partnerships = partnerships;
  }

  /** Every role, with a hint saying what it allows. */
  List<Option> roles() {
    return Arrays.stream(Role.values())
        .map(r -> new Option(r.name(), label(r), messages.getMessage("role." + r.name() + ".hint")))
        .toList();
  }

  String label(Role role) {
    return messages.getMessage("role." + role.name());
  }

  /** The open partnerships of the area an officer can be assigned to. */
  List<Option> partnerships(long areaId) {
    return partnerships.choices(areaId);
  }

  List<GrantView> describe(List<Grant> grants) {
    return grants.stream().map(this::describe).toList();
  }

  GrantView describe(Grant grant) {
    String partnership =
        grant.partnershipId() == null
            ? null
            : partnerships
                .name(grant.partnershipId())
                .orElse(messages.getMessage("role.partnership.gone"));
    return new GrantView(
        grant.id(), grant.role(), label(grant.role()), partnership, colour(grant.role()));
  }

  /**
   * Officers need one of the area's open partnerships; other roles take none. Returns the
   * partnership to grant with, or {@code null}.
   */
  Long checkPartnership(long areaId, Role role, Long partnershipId, BindingResult binding) {
    if (role != Role.OFFICER) {
      return null;
    }
    if (partnershipId == null) {
      binding.rejectValue("partnershipId", "role.partnership.required");
    } else if (partnerships(areaId).stream()
        .noneMatch(o -> Objects.equals(String.valueOf(o.value()), String.valueOf(partnershipId)))) {
      binding.rejectValue("partnershipId", "role.partnership.unknown");
    }
    return partnershipId;
  }

  private static String colour(Role role) {
    return switch (role) {
      case ADMIN -> "purple";
      case OFFICER -> "blue";
      case MEMBER -> "grey";
      case SCRUTINY -> "orange";
    };
  }
}
